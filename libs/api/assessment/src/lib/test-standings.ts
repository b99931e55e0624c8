import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { MyTestStanding } from '@lc/shared-contracts';
import { AuthUser } from '@lc/api-shared';
import { ownAttempts } from './own-attempts';
import { PublishedTests } from './published-tests';
import { passes, retakeAt } from './retake-rules';
import { TestAttemptEntity } from './test-attempt.entity';

/** A citizen's own attempts at a published test, as its intro shows them. Reads only the asker's attempts. */
@Injectable()
export class TestStandings {
  constructor(
    @InjectRepository(TestAttemptEntity) private readonly attempts: Repository<TestAttemptEntity>,
    private readonly published: PublishedTests,
  ) {}

  async of(testId: string, user: AuthUser): Promise<MyTestStanding> {
    const { test } = await this.published.find(testId);
    const { open, last } = await ownAttempts(this.attempts, testId, user.id);
    const result = last?.result;
    return {
      open: open && { attemptId: open.id, deadlineAt: open.deadlineAt.toISOString() },
      last:
        last && result
          ? {
              attemptId: last.id,
              submittedAt: last.submittedAt!.toISOString(),
              score: result.score,
              maxScore: result.maxScore,
              passed: passes(result.score, result.maxScore, test.passPercent),
            }
          : null,
      retakeAt: retakeAt(last?.submittedAt, test.retakeCooldownMinutes, new Date())?.toISOString() ?? null,
    };
  }
}

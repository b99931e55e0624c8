import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Repository } from 'typeorm';
import type { Attempt, EvidenceUse, ItemResponse } from '@lc/shared-contracts';
import { CourseLookups, FrameworkService } from '@lc/api-catalog';
import { RecordsService } from '@lc/api-records';
import { AuthUser, DomainError, managerOf, notFound, permitted, Transactions, UnitOfWork } from '@lc/api-shared';
import { attemptAccess } from './access/assessment-policy';
import { drawFromBlueprint } from './blueprint-draw';
import { gradeAttempt, GradingContext } from './attempt-result';
import { cleanResponse, GRADABLE_TYPES, responseProblem } from './grading';
import { toDeliveredItem } from './item.mapper';
import { TestAttemptEntity } from './test-attempt.entity';
import { TestItemEntity } from './test-item.entity';
import { ownAttempts } from './own-attempts';
import { PublishedTests } from './published-tests';
import { retakeAt } from './retake-rules';
import { TestEntity } from './test.entity';

const LEARNING_EVIDENCE: EvidenceUse = 'learning_completed';

/** One answer to a question of a course-test attempt. */
export interface TestAnswer {
  attemptId: string;
  itemId: string;
  response: ItemResponse;
}

@Injectable()
export class AttemptsService {
  constructor(
    @InjectRepository(TestEntity) private readonly tests: Repository<TestEntity>,
    @InjectRepository(TestItemEntity) private readonly items: Repository<TestItemEntity>,
    @InjectRepository(TestAttemptEntity) private readonly attempts: Repository<TestAttemptEntity>,
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly catalog: CourseLookups,
    private readonly framework: FrameworkService,
    private readonly records: RecordsService,
    private readonly published: PublishedTests,
  ) {}

  /** Returns the person's open attempt, or starts one: repeating the request does no harm. */
  async start(testId: string, user: AuthUser): Promise<Attempt> {
    const { test } = await this.published.find(testId);
    const { open, last } = await ownAttempts(this.attempts, testId, user.id);
    if (open) return this.toAttempt(open, test);
    const waitUntil = retakeAt(last?.submittedAt, test.retakeCooldownMinutes, new Date());
    if (waitUntil) {
      throw new DomainError(
        'ATTEMPT_COOLDOWN',
        `Bạn có thể làm lại bài này sau ${waitUntil.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })}.`,
        409,
      );
    }
    const itemIds = test.blueprint?.length ? await this.draw(test) : test.itemIds;
    const now = new Date();
    try {
      const attempt = await this.attempts.save({
        testId,
        personId: user.id,
        itemIds,
        answers: {},
        startedAt: now,
        deadlineAt: new Date(now.getTime() + test.timeLimitSeconds * 1000),
      });
      return this.toAttempt(attempt, test);
    } catch (err) {
      // Two starts at once: the unique index kept one; return it.
      const winner = await this.attempts.findOneBy({ testId, personId: user.id, submittedAt: IsNull() });
      if (winner) return this.toAttempt(winner, test);
      throw err;
    }
  }

  async get(attemptId: string, user: AuthUser): Promise<Attempt> {
    const attempt = await this.own(attemptId, user);
    return this.toAttempt(attempt, await this.tests.findOneByOrFail({ id: attempt.testId }));
  }

  /**
   * Saves one answer. The hot path of a test is one UPDATE whose conditions are the checks (owner, open, in
   * time, item of the attempt); only when it changes nothing is the attempt read to say why.
   */
  async answer({ attemptId, itemId, response }: TestAnswer, user: AuthUser): Promise<void> {
    const item = await this.items.findOneBy({ id: itemId });
    const problem = item && responseProblem(item, response);
    if (!item || problem) {
      await this.assertAnswerable(attemptId, itemId, user);
      throw new DomainError('ANSWER_INVALID', problem ?? 'Câu trả lời không hợp lệ.', 422);
    }
    // One JSON key per item, set atomically: re-sending the same answer changes nothing.
    const [, affected] = await this.dataSource.query(
      `UPDATE test_attempt SET answers = jsonb_set(answers, ARRAY[$2::text], $3::jsonb)
       WHERE id = $1 AND person_id = $4 AND submitted_at IS NULL AND deadline_at > now() AND $2 = ANY(item_ids)`,
      [attemptId, itemId, JSON.stringify(cleanResponse(item.type, response)), user.id],
    );
    if (affected !== 1) await this.assertAnswerable(attemptId, itemId, user);
  }

  /** Throws why an answer cannot be saved, in the order a person would want to hear it. */
  private async assertAnswerable(attemptId: string, itemId: string, user: AuthUser): Promise<void> {
    const attempt = await this.own(attemptId, user);
    if (attempt.submittedAt)
      throw new DomainError('ATTEMPT_SUBMITTED', 'Bài này đã nộp, không sửa được câu trả lời.', 409);
    if (attempt.deadlineAt < new Date())
      throw new DomainError('ATTEMPT_EXPIRED', 'Đã hết giờ làm bài. Hãy nộp bài để xem kết quả.', 409);
    if (!attempt.itemIds.includes(itemId))
      throw notFound('ITEM_NOT_IN_ATTEMPT', 'Câu hỏi này không thuộc bài làm của bạn.');
  }

  /** Grades on the server and records a `verified` learning record; submitting twice returns the same result. */
  async submit(attemptId: string, user: AuthUser): Promise<Attempt> {
    const owned = await this.own(attemptId, user);
    if (!owned.submittedAt) {
      // Read before the transaction: inside it, only its own connection may be used (STACK.md).
      const context = await this.gradingContext(owned.itemIds);
      await this.transactions.run((work) => this.gradeAndRecord(work, attemptId, user, context));
    }
    return this.get(attemptId, user);
  }

  private async gradeAndRecord(work: UnitOfWork, attemptId: string, user: AuthUser, context: GradingContext) {
    const tx = managerOf(work);
    const attempt = await tx
      .getRepository(TestAttemptEntity)
      .findOne({ where: { id: attemptId }, lock: { mode: 'pessimistic_write' } });
    if (!attempt || attempt.submittedAt) return;
    const test = await tx.getRepository(TestEntity).findOneByOrFail({ id: attempt.testId });
    const items = await tx.getRepository(TestItemEntity).findBy({ id: In(attempt.itemIds) });
    const { passed, ...stored } = gradeAttempt(attempt.itemIds, attempt.answers, items, test.passPercent, context);
    const record = await this.records.append(work, {
      personId: user.id,
      verb: passed ? 'passed' : 'failed',
      objectType: 'test',
      objectId: test.id,
      objectName: test.title,
      trust: 'verified',
      score: stored.score,
      maxScore: stored.maxScore,
      success: passed,
      completion: true,
      domainLevels: stored.domains,
      context: {
        // A course test is for learning (issue 8 §1): its result is never digital-skills evidence.
        evidence: LEARNING_EVIDENCE,
        attemptId: attempt.id,
        competences: Object.fromEntries(stored.competences.map((c) => [c.code, c.level])),
      },
    });
    await tx
      .getRepository(TestAttemptEntity)
      .update(attempt.id, { submittedAt: new Date(), result: { ...stored, recordId: record.id } });
  }

  private async gradingContext(itemIds: string[]): Promise<GradingContext> {
    const items = await this.items.find({ select: { id: true, competence: true }, where: { id: In(itemIds) } });
    const [fw, courses] = await Promise.all([
      this.framework.framework(),
      this.catalog.publishedCovering([...new Set(items.map((i) => i.competence))]),
    ]);
    return { competenceNames: new Map(fw.domains.flatMap((d) => d.competences).map((c) => [c.code, c.name])), courses };
  }

  private async draw(test: TestEntity): Promise<string[]> {
    const bank = await this.items.find({
      select: { id: true, competence: true, level: true },
      where: {
        source: 'bank',
        status: 'published',
        type: In([...GRADABLE_TYPES]),
        competence: In(test.blueprint!.map((r) => r.competence)),
      },
    });
    try {
      return drawFromBlueprint(test.blueprint!, bank);
    } catch {
      throw new DomainError(
        'TEST_BANK_TOO_SMALL',
        'Ngân hàng câu hỏi chưa đủ câu cho bài kiểm tra này. Hãy báo cho cán bộ phụ trách.',
        409,
      );
    }
  }

  private async own(attemptId: string, user: AuthUser): Promise<TestAttemptEntity> {
    const attempt = await this.attempts.findOneBy({ id: attemptId });
    return permitted(attemptAccess(user, attempt), attempt);
  }

  private async toAttempt(attempt: TestAttemptEntity, test: TestEntity): Promise<Attempt> {
    const items = await this.items.findBy({ id: In(attempt.itemIds) });
    const byId = new Map(items.map((i) => [i.id, i]));
    return {
      id: attempt.id,
      testId: test.id,
      title: test.title,
      status: attempt.submittedAt ? 'submitted' : 'open',
      startedAt: attempt.startedAt.toISOString(),
      deadlineAt: attempt.deadlineAt.toISOString(),
      items: attempt.itemIds.map((id) => toDeliveredItem(byId.get(id)!)),
      answers: attempt.answers,
      result: attempt.result,
    };
  }
}

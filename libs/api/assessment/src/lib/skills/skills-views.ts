import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { SkillsAttempt, SkillsResult } from '@lc/shared-contracts';
import { CourseLookups } from '@lc/api-catalog';
import { toSkillsAttempt, ViewRow } from './attempt-view';
import { competencesToCover, withSuggestedCourses } from './course-suggestions';
import { RuleVersions } from './rule-sets';
import { ServingBank, ServingBanks } from './serving-bank';
import { SkillsAttemptEntity } from './skills-attempt.entity';
import { SkillsResponseEntity } from './skills-response.entity';

export const attemptVersions = (a: SkillsAttemptEntity): RuleVersions => ({
  engine: a.engineVersion,
  calibration: a.calibrationVersion,
  cutScores: a.cutScoresVersion,
  policy: a.policyVersion,
});

/** An attempt as its owner sees it, with the courses its result suggests today. */
@Injectable()
export class SkillsViews {
  constructor(
    @InjectRepository(SkillsResponseEntity) private readonly responses: Repository<SkillsResponseEntity>,
    private readonly banks: ServingBanks,
    private readonly catalog: CourseLookups,
  ) {}

  async view(attempt: SkillsAttemptEntity, rows?: readonly ViewRow[], bank?: ServingBank): Promise<SkillsAttempt> {
    bank ??= await this.banks.forVersions(attemptVersions(attempt));
    rows ??= (
      await this.responses.find({
        select: { position: true, itemId: true, answeredAt: true, optionOrder: true },
        where: { attemptId: attempt.id },
        order: { position: 'ASC' },
      })
    ).map((r) => ({
      position: r.position,
      itemId: r.itemId,
      answered: r.answeredAt !== null,
      optionOrder: r.optionOrder,
    }));
    const result = attempt.result ? await this.suggest(attempt.result, bank) : null;
    return toSkillsAttempt(attempt, rows, bank, result);
  }

  private async suggest(result: SkillsResult, bank: ServingBank): Promise<SkillsResult> {
    const policy = bank.rules.policy.suggestions;
    const codes = competencesToCover(result, bank.framework, policy);
    return withSuggestedCourses(result, codes.length ? await this.catalog.publishedCovering(codes) : [], policy);
  }
}

import { Injectable } from '@nestjs/common';
import type { SkillsResult } from '@lc/shared-contracts';
import { assessmentResult } from '@lc/api-assessment-engine';
import { RecordsService } from '@lc/api-records';
import { managerOf, UnitOfWork } from '@lc/api-shared';
import { answersOf, finishedDomains, ServedRow } from './attempt-engine';
import type { ServingBank } from './serving-bank';
import { SkillsAttemptEntity } from './skills-attempt.entity';
import { skillsRecord } from './skills-record';
import { toSkillsResult } from './skills-result';

export interface FinishRequest {
  attempt: SkillsAttemptEntity;
  rows: readonly ServedRow[];
  bank: ServingBank;
  endReason: 'done' | 'expired';
}

/** Scores a finished attempt and appends its `verified` record, in the caller's transaction. */
@Injectable()
export class SkillsFinisher {
  constructor(private readonly records: RecordsService) {}

  /** The caller holds the attempt's row lock, so an attempt is finished, and recorded, once. */
  async finish(work: UnitOfWork, { attempt, rows, bank, endReason }: FinishRequest): Promise<SkillsResult> {
    const engine = assessmentResult(bank.prepared, bank.rules.cutScores, answersOf(rows));
    const served = rows.flatMap((r) => {
      const item = bank.items.get(r.itemId);
      return item ? [{ itemId: r.itemId, competence: item.competence }] : [];
    });
    const finishedAt = new Date();
    const draft = toSkillsResult(engine, {
      framework: bank.framework,
      finished: finishedDomains(bank.prepared.domains, served, endReason),
      policyVersion: bank.rules.policy.version,
      endReason,
      finishedAt,
      recordId: '',
    });
    const record = await this.records.append(work, skillsRecord(attempt.personId, attempt.id, draft));
    const result = { ...draft, recordId: record.id };
    await managerOf(work)
      .getRepository(SkillsAttemptEntity)
      .update(attempt.id, { finishedAt, endReason, result, recordId: record.id });
    Object.assign(attempt, { finishedAt, endReason, result, recordId: record.id });
    return result;
  }
}

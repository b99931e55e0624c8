import type { LearningRecord } from '@lc/shared-contracts';
import { LearningRecordEntity } from './learning-record.entity';
import { toLearningRecord } from './record.mapper';

/**
 * A record as other contexts read it: the contract, plus the voiding link evidence rules need but the contract
 * does not show.
 */
export interface ListedRecord {
  record: LearningRecord;
  voidsRecordId: string | null;
}

/** The fields progress views read; `occurredAt` stays a `Date` as they only compare instants. */
export interface ProgressFact {
  objectType: string;
  objectId: string;
  completion: boolean | null;
  success: boolean | null;
  occurredAt: Date;
}

export const toListedRecord = (r: LearningRecordEntity): ListedRecord => ({
  record: toLearningRecord(r),
  voidsRecordId: r.voidsRecordId,
});

export const toProgressFact = (r: LearningRecordEntity): ProgressFact => ({
  objectType: r.objectType,
  objectId: r.objectId,
  completion: r.completion,
  success: r.success,
  occurredAt: r.occurredAt,
});

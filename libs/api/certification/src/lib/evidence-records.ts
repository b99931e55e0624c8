import type { LearningRecord } from '@lc/shared-contracts';
import type { ListedRecord } from '@lc/api-records';
import type { EvidenceRecord } from '@lc/shared-certification-rules';

/** A record as the evidence rules weigh it, carrying the contract it came from so the view can return it as is. */
export interface Evidence extends EvidenceRecord {
  record: LearningRecord;
}

// The one place where a record's ISO date becomes the `Date` the evidence rules compare by year.
export const toEvidence = ({ record, voidsRecordId }: ListedRecord): Evidence => ({
  id: record.id,
  verb: record.verb,
  trust: record.trust,
  objectType: record.objectType,
  objectId: record.objectId,
  domainLevels: record.domainLevels,
  voidsRecordId,
  occurredAt: new Date(record.occurredAt),
  record,
});

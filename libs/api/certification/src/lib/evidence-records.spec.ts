import type { LearningRecord } from '@lc/shared-contracts';
import { supportingRecords } from '@lc/shared-certification-rules';
import { toEvidence } from './evidence-records';

const record = (id: string, occurredAt: string): LearningRecord => ({
  id,
  verb: 'completed',
  objectType: 'course',
  objectId: 'c1',
  objectName: { vi: 'Khoá', en: 'Course' },
  trust: 'verified',
  score: null,
  maxScore: null,
  success: null,
  completion: true,
  domainLevels: null,
  occurredAt,
  hash: 'h',
  attemptId: null,
});

describe('toEvidence', () => {
  it('turns the ISO date into the instant it names and keeps the contract untouched', () => {
    const listed = { record: record('r1', '2026-12-31T23:59:59.999Z'), voidsRecordId: null };
    const evidence = toEvidence(listed);
    expect(evidence.occurredAt.getTime()).toBe(Date.UTC(2026, 11, 31, 23, 59, 59, 999));
    expect(evidence.record).toBe(listed.record);
  });

  it('carries the voiding link, so a voided record does not count', () => {
    const kept = toEvidence({ record: record('r1', '2026-05-01T00:00:00.000Z'), voidsRecordId: null });
    const voiding = toEvidence({
      record: { ...record('r2', '2026-05-02T00:00:00.000Z'), verb: 'voided' },
      voidsRecordId: 'r1',
    });
    expect(supportingRecords('learning_completed', [kept], 2026).map((r) => r.id)).toEqual(['r1']);
    expect(supportingRecords('learning_completed', [kept, voiding], 2026).map((r) => r.id)).not.toContain('r1');
  });
});

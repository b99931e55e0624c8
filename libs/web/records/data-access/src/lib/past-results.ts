import { DIGITAL_SKILLS_ASSESSMENT, LearningRecord } from '@lc/shared-contracts';

export interface PastResult {
  recordId: string;
  kind: 'test' | 'skills';
  record: LearningRecord;
  /** The existing result page of the attempt: a course test's, or the digital-skills assessment's. */
  link: string[];
}

/** Graded results (course tests and the digital-skills assessment) that can be opened again, newest first. */
export function pastResults(records: LearningRecord[]): PastResult[] {
  return records
    .filter((r) => r.trust === 'verified' && r.attemptId)
    .flatMap((r): PastResult[] => {
      const attemptId = r.attemptId as string;
      if (r.objectType === 'test') return [{ recordId: r.id, kind: 'test', record: r, link: ['/attempts', attemptId] }];
      if (r.objectType === DIGITAL_SKILLS_ASSESSMENT)
        return [{ recordId: r.id, kind: 'skills', record: r, link: ['/skills-assessment', 'results', attemptId] }];
      return [];
    })
    .sort((a, b) => b.record.occurredAt.localeCompare(a.record.occurredAt));
}

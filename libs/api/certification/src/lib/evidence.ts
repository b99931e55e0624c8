import type { LocalisedText } from '@lc/shared-contracts';

export interface EvidenceRecord {
  id: string;
  verb: string;
  trust: string;
  objectType: string;
  objectId: string;
  domainLevels: Record<string, number> | null;
  occurredAt: Date;
}

export type EvidenceKind = 'learning_completed' | 'digital_skills';

const COMPLETED_VERBS = ['completed', 'passed'];

/** Which of a person's records in the year support an item of this kind. */
export function supportingRecords<T extends EvidenceRecord>(kind: string | null, records: T[], year: number): T[] {
  const inYear = records.filter((r) => r.occurredAt.getUTCFullYear() === year);
  if (kind === 'learning_completed') return inYear.filter((r) => COMPLETED_VERBS.includes(r.verb));
  if (kind === 'digital_skills') return inYear.filter((r) => r.trust === 'verified' && r.domainLevels);
  return [];
}

/**
 * A score the evidence suggests, with its reason; shown to people, never applied by itself.
 * Completed learning: 5 points for the first thing completed, one more per further distinct thing, up to 10
 * (counted by object, so a statement sent again and again adds nothing).
 * Digital skills: from the best verified result's weakest domain — level 3+ → 10, 2 → 8, 1 → 6.
 */
export function suggestScore(
  kind: string | null,
  records: EvidenceRecord[],
): { score: number; reason: LocalisedText } | null {
  const distinct = new Set(records.map((r) => r.objectId)).size;
  if (kind === 'learning_completed' && distinct > 0) {
    const score = Math.min(10, 4 + distinct);
    return {
      score,
      reason: {
        vi: `${distinct} hoạt động học tập đã hoàn thành trong năm.`,
        en: `${distinct} learning activities completed this year.`,
      },
    };
  }
  if (kind === 'digital_skills') {
    const best = Math.max(0, ...records.map((r) => Math.min(...Object.values(r.domainLevels ?? {}))));
    if (best === 0) return null;
    const score = best >= 3 ? 10 : best === 2 ? 8 : 6;
    return {
      score,
      reason: {
        vi: `Bài kiểm tra kỹ năng số đã xác thực: đạt mức ${best}.`,
        en: `Verified digital-skills test: level ${best}.`,
      },
    };
  }
  return null;
}

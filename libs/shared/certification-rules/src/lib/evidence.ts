import { DIGITAL_SKILLS_ASSESSMENT, type LocalisedText, type Trust } from '@lc/shared-contracts';

export interface EvidenceRecord {
  id: string;
  verb: string;
  trust: Trust;
  objectType: string;
  objectId: string;
  domainLevels: Record<string, number> | null;
  voidsRecordId: string | null;
  occurredAt: Date;
}

export type EvidenceKind = 'learning_completed' | 'digital_skills';

export interface Suggestion {
  score: number;
  reason: LocalisedText;
  /** The trust levels the score rests on. */
  trust: Trust[];
  /** Browser-reported records counted for less than they claim. */
  capped: boolean;
}

const COMPLETED_VERBS = ['completed', 'passed'];
const TRUSTS: Trust[] = ['verified', 'attested', 'reported', 'declared'];
/** Produced or checked by the platform or an officer: these carry full weight (PRODUCT.md §5, §7). */
const FULL_WEIGHT: Trust[] = ['verified', 'attested'];

/**
 * Browser-reported (H5P) completions count for at most this many activities. The browser can forge them, so on
 * their own they show participation — at most 6 of 10 points, above the item minimum of 5 — and never full marks;
 * full marks take at least four activities the platform or an officer vouches for (docs/adr/0013).
 */
export const REPORTED_ACTIVITIES_COUNTED = 2;
const FIRST_ACTIVITY_POINTS = 5;

/**
 * Digital-skills evidence is the city's adaptive assessment or a result an officer attests; a trainer's course test
 * is learning, never a measure of skills (issue 8 §1), whatever levels it carries. This says what a record claims to
 * be; only `verified` and `attested` ones count (isDigitalSkillsEvidence).
 */
function claimsDigitalSkills(r: Pick<EvidenceRecord, 'trust' | 'objectType' | 'domainLevels'>): boolean {
  return !!r.domainLevels && (r.objectType === DIGITAL_SKILLS_ASSESSMENT || r.trust === 'attested');
}

/** The records the digital-skills criterion and the K3/K4 figures may count. */
export function isDigitalSkillsEvidence(r: Pick<EvidenceRecord, 'trust' | 'objectType' | 'domainLevels'>): boolean {
  return claimsDigitalSkills(r) && FULL_WEIGHT.includes(r.trust);
}

/** Which of a person's records in the year bear on an item of this kind, whatever their trust; voided ones never. */
export function supportingRecords<T extends EvidenceRecord>(kind: string | null, records: T[], year: number): T[] {
  const voided = new Set(records.map((r) => r.voidsRecordId).filter((id) => id !== null));
  const live = records.filter((r) => r.occurredAt.getUTCFullYear() === year && !voided.has(r.id));
  if (kind === 'learning_completed') return live.filter((r) => COMPLETED_VERBS.includes(r.verb));
  if (kind === 'digital_skills') return live.filter(claimsDigitalSkills);
  return [];
}

export function trustCounts(records: Pick<EvidenceRecord, 'trust'>[]): Record<Trust, number> {
  const counts = Object.fromEntries(TRUSTS.map((t) => [t, 0])) as Record<Trust, number>;
  for (const r of records) counts[r.trust]++;
  return counts;
}

export interface ItemEvidence<T extends EvidenceRecord> {
  records: T[];
  trustCounts: Record<Trust, number>;
  suggestion: Suggestion | null;
}

/**
 * What a person's records of the year say about one item: the records that bear on it, their trust, and the score
 * they suggest. The one entry point for callers, so a suggestion is never made from records a later one voided.
 */
export function weighEvidence<T extends EvidenceRecord>(
  kind: string | null,
  records: T[],
  year: number,
): ItemEvidence<T> {
  const supporting = supportingRecords(kind, records, year);
  return { records: supporting, trustCounts: trustCounts(supporting), suggestion: suggestScore(kind, supporting) };
}

/** A score the evidence suggests, with its reason and the trust it rests on; shown, never applied by itself. */
export function suggestScore(kind: string | null, records: EvidenceRecord[]): Suggestion | null {
  if (kind === 'learning_completed') return learningSuggestion(records);
  if (kind === 'digital_skills') return digitalSkillsSuggestion(records);
  return null;
}

/**
 * 5 points for the first activity completed, one more per further distinct activity, up to 10 (counted by object,
 * so a statement sent again and again adds nothing). Only verified and attested completions count in full;
 * reported ones for at most REPORTED_ACTIVITIES_COUNTED activities; declared ones not at all.
 */
function learningSuggestion(records: EvidenceRecord[]): Suggestion | null {
  const full = new Set(records.filter((r) => FULL_WEIGHT.includes(r.trust)).map((r) => r.objectId));
  const reported = new Set(
    records.filter((r) => r.trust === 'reported' && !full.has(r.objectId)).map((r) => r.objectId),
  );
  const countedReported = Math.min(reported.size, REPORTED_ACTIVITIES_COUNTED);
  const counted = full.size + countedReported;
  if (counted === 0) return null;
  const capped = reported.size > countedReported;
  const trust = [
    ...FULL_WEIGHT.filter((t) => records.some((r) => r.trust === t)),
    ...(countedReported > 0 ? (['reported'] as const) : []),
  ];
  const vi: string[] = [];
  const en: string[] = [];
  if (full.size > 0) {
    vi.push(`${full.size} hoạt động học tập đã hoàn thành được xác thực hoặc cán bộ xác nhận`);
    en.push(`${full.size} completed learning activities verified or attested`);
  }
  if (reported.size > 0) {
    vi.push(`${reported.size} hoạt động tự báo cáo từ trình duyệt (chỉ tính tối đa ${REPORTED_ACTIVITIES_COUNTED})`);
    en.push(`${reported.size} self-reported by the browser (at most ${REPORTED_ACTIVITIES_COUNTED} counted)`);
  }
  const tail = capped || (full.size === 0 && reported.size > 0);
  return {
    score: Math.min(10, FIRST_ACTIVITY_POINTS - 1 + counted),
    reason: {
      vi: `${vi.join('; ')} trong năm.${tail ? ' Kết quả tự báo cáo chỉ cho thấy có tham gia, không đủ để đạt điểm tối đa.' : ''}`,
      en: `${en.join('; ')} this year.${tail ? ' Self-reported results show participation only, never full marks.' : ''}`,
    },
    trust,
    capped,
  };
}

/** From the best assessment or attested result's weakest domain: level 3+ → 10, 2 → 8, 1 → 6. */
function digitalSkillsSuggestion(records: EvidenceRecord[]): Suggestion | null {
  const counted = records.filter(isDigitalSkillsEvidence);
  const weakest = (r: EvidenceRecord) => {
    const levels = Object.values(r.domainLevels ?? {});
    return levels.length ? Math.min(...levels) : 0;
  };
  const best = counted.reduce<EvidenceRecord | null>((b, r) => (!b || weakest(r) > weakest(b) ? r : b), null);
  const level = best ? weakest(best) : 0;
  if (!best || level <= 0) return null;
  return {
    score: level >= 3 ? 10 : level === 2 ? 8 : 6,
    reason: {
      vi: `${best.trust === 'attested' ? 'Kết quả kỹ năng số được cán bộ xác nhận' : 'Đánh giá năng lực số'}: lĩnh vực yếu nhất đạt mức ${level}.`,
      en: `${best.trust === 'attested' ? 'Attested digital-skills result' : 'Digital-skills assessment'}: weakest domain at level ${level}.`,
    },
    trust: [best.trust],
    capped: false,
  };
}

import type { CriteriaItem } from '@lc/shared-contracts';

const MAX_SCORED_ITEMS = 100;
const ITEM_CODE = /^\d{1,3}(\.\d{1,3}){0,3}$/;

/**
 * The shape of a score map as sent, before any criteria set is known: at most 100 keys written like item codes
 * ("1.1"). Which items and which scores a set takes is `scoresProblem`'s (422), as clients already expect.
 */
export function scoreMapProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'Điểm phải là một bảng mục → điểm.';
  const codes = Object.keys(value);
  if (codes.length > MAX_SCORED_ITEMS) return `Bảng điểm có nhiều nhất ${MAX_SCORED_ITEMS} mục.`;
  const odd = codes.find((code) => !ITEM_CODE.test(code));
  return odd === undefined ? null : `"${odd.slice(0, 20)}" không phải mã mục tiêu chí (như "1.1").`;
}

/** Scores must name the set's items, each a whole number from 0 to its maximum. */
export function scoresProblem(
  items: Pick<CriteriaItem, 'code' | 'maxScore'>[],
  scores: Record<string, number>,
): string | null {
  const known = new Map(items.map((i) => [i.code, i.maxScore]));
  for (const [code, score] of Object.entries(scores)) {
    const max = known.get(code);
    if (max === undefined) return `Mục ${code} không có trong bộ tiêu chí.`;
    if (!Number.isInteger(score) || score < 0 || score > max)
      return `Điểm mục ${code} phải là số nguyên từ 0 đến ${max}.`;
  }
  return null;
}

import { CriteriaItem, CriteriaSet } from '@lc/shared-contracts';

export type DraftScores = Record<string, number | null | undefined>;

export interface ScoreEvaluation {
  total: number;
  maxTotal: number;
  passTotal: number;
  minItemScore: number;
  /** Scored items under the minimum item score: each one alone blocks the title. */
  belowMinimum: CriteriaItem[];
  /** Items with no score yet: they count as 0 and block submission. */
  unscored: CriteriaItem[];
  /** Points still missing to reach the pass total (0 when reached). */
  shortBy: number;
  complete: boolean;
  passes: boolean;
}

/** The pass rule of PRODUCT.md §7: total ≥ passTotal and no item below minItemScore. */
export function evaluateScores(
  criteria: Pick<CriteriaSet, 'items' | 'passTotal' | 'minItemScore'>,
  scores: DraftScores,
): ScoreEvaluation {
  const { items, passTotal, minItemScore } = criteria;
  const scoreOf = (item: CriteriaItem) => scores[item.code];
  const isScored = (item: CriteriaItem) => typeof scoreOf(item) === 'number' && !Number.isNaN(scoreOf(item));
  const unscored = items.filter((item) => !isScored(item));
  const belowMinimum = items.filter((item) => isScored(item) && (scoreOf(item) as number) < minItemScore);
  const total = items.reduce((sum, item) => sum + (isScored(item) ? (scoreOf(item) as number) : 0), 0);
  const maxTotal = items.reduce((sum, item) => sum + item.maxScore, 0);
  const complete = unscored.length === 0;
  return {
    total,
    maxTotal,
    passTotal,
    minItemScore,
    belowMinimum,
    unscored,
    shortBy: Math.max(0, passTotal - total),
    complete,
    passes: complete && belowMinimum.length === 0 && total >= passTotal,
  };
}

/** Only the scored items, as the API expects them. */
export function toScoreRecord(scores: DraftScores): Record<string, number> {
  const result: Record<string, number> = {};
  for (const [code, score] of Object.entries(scores)) {
    if (typeof score === 'number' && !Number.isNaN(score)) result[code] = score;
  }
  return result;
}

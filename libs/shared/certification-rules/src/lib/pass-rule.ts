import type { CriteriaItem } from '@lc/shared-contracts';

export type DraftScores = Record<string, number | null | undefined>;

export interface PassRule {
  passTotal: number;
  minItemScore: number;
}

type ScoredItem = Pick<CriteriaItem, 'code' | 'maxScore'>;

export interface ScoreEvaluation<I extends ScoredItem = CriteriaItem> {
  total: number;
  maxTotal: number;
  passTotal: number;
  minItemScore: number;
  /** Scored items under the minimum item score: each one alone blocks the title. */
  belowMinimum: I[];
  /** Items with no score yet: they count as 0 and block submission. */
  unscored: I[];
  /** Points still missing to reach the pass total (0 when reached). */
  shortBy: number;
  complete: boolean;
  passes: boolean;
}

const isScore = (score: number | null | undefined): score is number =>
  typeof score === 'number' && !Number.isNaN(score);

/**
 * The pass rule of PRODUCT.md §7: every item scored, none below minItemScore, total ≥ passTotal. Scores for codes
 * outside the set count for nothing. The web shows it while people type; the API applies it to recognise.
 */
export function evaluateScores<I extends ScoredItem>(
  criteria: PassRule & { items: I[] },
  scores: DraftScores,
): ScoreEvaluation<I> {
  const { items, passTotal, minItemScore } = criteria;
  const unscored = items.filter((item) => !isScore(scores[item.code]));
  const belowMinimum = items.filter((item) => {
    const score = scores[item.code];
    return isScore(score) && score < minItemScore;
  });
  const total = items.reduce((sum, item) => {
    const score = scores[item.code];
    return sum + (isScore(score) ? score : 0);
  }, 0);
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

/** Why an evaluation does not pass, in Vietnamese (the API's message), or null when it does. */
export function passProblem(e: ScoreEvaluation<ScoredItem>): string | null {
  if (e.unscored.length) return `Còn mục chưa chấm điểm: ${e.unscored.map((i) => i.code).join(', ')}.`;
  if (e.belowMinimum.length)
    return `Các mục dưới ${e.minItemScore} điểm: ${e.belowMinimum.map((i) => i.code).join(', ')}.`;
  if (e.total < e.passTotal) return `Tổng điểm ${e.total} chưa đạt ${e.passTotal}.`;
  return null;
}

/** Only the scored items, as the API expects them. */
export function toScoreRecord(scores: DraftScores): Record<string, number> {
  const result: Record<string, number> = {};
  for (const [code, score] of Object.entries(scores)) if (isScore(score)) result[code] = score;
  return result;
}

import { ItemParameters, probability } from './irt';

export interface Estimate {
  /** The posterior mean (EAP). */
  theta: number;
  /** The posterior standard deviation: the standard error reported with θ. */
  se: number;
}

/** Mean and SD of a posterior given as unnormalised logs over the grid; the max is subtracted so exp never overflows. */
export function summarise(grid: Float64Array, logPosterior: Float64Array): Estimate {
  let max = -Infinity;
  for (const v of logPosterior) if (v > max) max = v;
  let sum = 0;
  let first = 0;
  let second = 0;
  for (let k = 0; k < grid.length; k++) {
    const w = Math.exp(logPosterior[k] - max);
    sum += w;
    first += w * grid[k];
    second += w * grid[k] * grid[k];
  }
  const theta = first / sum;
  return { theta, se: Math.sqrt(Math.max(second / sum - theta * theta, 0)) };
}

/** The posterior as probabilities over the grid points. */
export function posteriorWeights(logPosterior: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of logPosterior) if (v > max) max = v;
  const weights = logPosterior.map((v) => Math.exp(v - max));
  const sum = weights.reduce((s, w) => s + w, 0);
  return weights.map((w) => w / sum);
}

export interface ScoredAnswer extends ItemParameters {
  correct: boolean;
}

/** EAP straight from parameters, for scoring outside a prepared bank (fixed forms, checks). */
export function eap(grid: Float64Array, logPrior: Float64Array, answers: readonly ScoredAnswer[]): Estimate {
  const log = Float64Array.from(logPrior);
  for (const answer of answers) {
    for (let k = 0; k < grid.length; k++) {
      const p = probability(answer, grid[k]);
      log[k] += Math.log(answer.correct ? p : 1 - p);
    }
  }
  return summarise(grid, log);
}

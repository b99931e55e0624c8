import { fitItem } from './fit-item';
import { normalLogWeights } from './grid';
import { ItemParameters, probability } from './irt';

export interface EmItem {
  start: ItemParameters;
  /** Held at `start` (too few responses, or an anchor). */
  fixed: boolean;
  bPriorMean: number;
}

/** One domain's responses, person by person: person p answered respItem[personStart[p] … personStart[p + 1]). */
export interface EmData {
  items: EmItem[];
  personStart: Int32Array;
  respItem: Int32Array;
  respCorrect: Uint8Array;
}

export interface EmOptions {
  grid: Float64Array;
  maxIterations: number;
  tolerance: number;
  logAPrior: { mean: number; sd: number };
  bPriorSd: number;
  /** Estimate the ability distribution's mean and SD (anchored scale) instead of holding it at N(0, 1). */
  estimatePopulation: boolean;
}

export interface EmResult {
  params: ItemParameters[];
  iterations: number;
  converged: boolean;
  maxChange: number;
  logLikelihood: number;
  population: { mean: number; sd: number };
}

interface Expected {
  n: Float64Array;
  r: Float64Array;
  logLikelihood: number;
  mean: number;
  meanSquare: number;
}

/** E step: each person's posterior over the grid, summed per item into expected takers n and right answers r. */
function expectedCounts(
  data: EmData,
  params: ItemParameters[],
  grid: Float64Array,
  logWeights: Float64Array,
): Expected {
  const K = grid.length;
  const logP = params.map((p) => grid.map((t) => Math.log(probability(p, t))));
  const logQ = params.map((p) => grid.map((t) => Math.log(1 - probability(p, t))));
  const n = new Float64Array(params.length * K);
  const r = new Float64Array(params.length * K);
  const post = new Float64Array(K);
  const persons = data.personStart.length - 1;
  let logLikelihood = 0;
  let mean = 0;
  let meanSquare = 0;
  for (let p = 0; p < persons; p++) {
    post.set(logWeights);
    for (let j = data.personStart[p]; j < data.personStart[p + 1]; j++) {
      const table = data.respCorrect[j] ? logP[data.respItem[j]] : logQ[data.respItem[j]];
      for (let k = 0; k < K; k++) post[k] += table[k];
    }
    let max = -Infinity;
    for (let k = 0; k < K; k++) if (post[k] > max) max = post[k];
    let sum = 0;
    for (let k = 0; k < K; k++) sum += post[k] = Math.exp(post[k] - max);
    logLikelihood += max + Math.log(sum);
    for (let k = 0; k < K; k++) {
      post[k] /= sum;
      mean += post[k] * grid[k];
      meanSquare += post[k] * grid[k] * grid[k];
    }
    for (let j = data.personStart[p]; j < data.personStart[p + 1]; j++) {
      const base = data.respItem[j] * K;
      for (let k = 0; k < K; k++) n[base + k] += post[k];
      if (data.respCorrect[j]) for (let k = 0; k < K; k++) r[base + k] += post[k];
    }
  }
  return { n, r, logLikelihood, mean: mean / persons, meanSquare: meanSquare / persons };
}

/** Normalised log-weights of N(mean, sd²) on the grid: quadrature weights that sum to 1. */
function quadrature(grid: Float64Array, mean: number, sd: number): Float64Array {
  const log = normalLogWeights(grid, mean, sd);
  const total = Math.log(log.reduce((s, v) => s + Math.exp(v), 0));
  return log.map((v) => v - total);
}

/** Bock–Aitkin EM for one domain, until no free parameter (nor the population) moves by `tolerance`. */
export function emDomain(data: EmData, opts: EmOptions): EmResult {
  const { grid } = opts;
  const K = grid.length;
  let params = data.items.map((i) => ({ ...i.start }));
  let population = { mean: 0, sd: 1 };
  let result: EmResult = { params, iterations: 0, converged: false, maxChange: Infinity, logLikelihood: 0, population };
  for (let it = 1; it <= opts.maxIterations; it++) {
    const e = expectedCounts(data, params, grid, quadrature(grid, population.mean, population.sd));
    let maxChange = 0;
    params = params.map((current, i) => {
      const item = data.items[i];
      if (item.fixed) return current;
      const prior = {
        logAMean: opts.logAPrior.mean,
        logASd: opts.logAPrior.sd,
        bMean: item.bPriorMean,
        bSd: opts.bPriorSd,
      };
      const next = fitItem(grid, e.n.subarray(i * K, (i + 1) * K), e.r.subarray(i * K, (i + 1) * K), current, prior);
      maxChange = Math.max(maxChange, Math.abs(next.a - current.a), Math.abs(next.b - current.b));
      return next;
    });
    if (opts.estimatePopulation) {
      const next = { mean: e.mean, sd: Math.sqrt(Math.max(e.meanSquare - e.mean * e.mean, 1e-4)) };
      maxChange = Math.max(maxChange, Math.abs(next.mean - population.mean), Math.abs(next.sd - population.sd));
      population = next;
    }
    result = {
      params,
      iterations: it,
      converged: maxChange < opts.tolerance,
      maxChange,
      logLikelihood: e.logLikelihood,
      population,
    };
    if (result.converged) break;
  }
  return result;
}

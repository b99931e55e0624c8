import type { ItemParameters } from './irt';

/** Mild priors that keep sparse items in bounds: log a ~ N(mean, sd²) and b ~ N(the level's b, bSd²). */
export interface ItemFitPrior {
  logAMean: number;
  logASd: number;
  bMean: number;
  bSd: number;
}

const MAX_STEP = 0.5;

/**
 * The M step of Bock–Aitkin for one item: maximises Σ_k [r_k log P(θ_k) + (n_k − r_k) log(1 − P(θ_k))] plus the
 * log-priors, by Fisher scoring in (log a, b). Working on log a keeps a positive; capping each step keeps the
 * early EM cycles, when n and r are still far off, from throwing an item out of range.
 */
export function fitItem(
  grid: Float64Array,
  expected: Float64Array,
  right: Float64Array,
  start: ItemParameters,
  prior: ItemFitPrior,
  iterations = 20,
): ItemParameters {
  let alpha = Math.log(start.a);
  let b = start.b;
  const precisionA = 1 / prior.logASd ** 2;
  const precisionB = 1 / prior.bSd ** 2;
  for (let it = 0; it < iterations; it++) {
    const a = Math.exp(alpha);
    let gA = -(alpha - prior.logAMean) * precisionA;
    let gB = -(b - prior.bMean) * precisionB;
    let iAA = precisionA;
    let iBB = precisionB;
    let iAB = 0;
    for (let k = 0; k < grid.length; k++) {
      const n = expected[k];
      if (n === 0) continue;
      const z = grid[k] - b;
      const p = 1 / (1 + Math.exp(-a * z));
      const residual = right[k] - n * p;
      const w = n * p * (1 - p) * a * a;
      gA += residual * a * z;
      gB -= residual * a;
      iAA += w * z * z;
      iBB += w;
      iAB -= w * z;
    }
    const det = iAA * iBB - iAB * iAB;
    const dA = Math.max(-MAX_STEP, Math.min(MAX_STEP, (iBB * gA - iAB * gB) / det));
    const dB = Math.max(-MAX_STEP, Math.min(MAX_STEP, (iAA * gB - iAB * gA) / det));
    alpha += dA;
    b += dB;
    if (Math.abs(dA) < 1e-7 && Math.abs(dB) < 1e-7) break;
  }
  return { a: Math.exp(alpha), b };
}

import type { EngineItem } from './engine-item';
import type { ItemParameters } from './irt';
import { ItemPriorMapping, priorParameters } from './item-prior';

export type ParameterSource = 'prior' | 'calibrated' | 'anchor';

export interface CalibratedItem extends ItemParameters {
  /** Responses the item had when this version was made. */
  responses: number;
  source: ParameterSource;
}

export interface DomainFit {
  persons: number;
  freeItems: number;
  iterations: number;
  converged: boolean;
  /** Largest change of a free parameter in the last EM cycle. */
  maxChange: number;
  logLikelihood: number;
  /** The ability distribution the scale rests on: fixed N(0, 1), or estimated against anchor items. */
  scale: 'population' | 'anchors';
  population: { mean: number; sd: number };
}

/**
 * One published set of item parameters. Results are scored with the version in force when they were taken, so a
 * version is never edited: a new calibration is a new object whose `basedOn` names its predecessor.
 */
export interface Calibration {
  version: string;
  basedOn: string | null;
  method: 'prior' | 'mml-em';
  createdAt: string;
  itemPrior: ItemPriorMapping;
  items: Record<string, CalibratedItem>;
  domains: Record<string, DomainFit>;
  /** The options EM ran with, so that anyone can rerun it. */
  options?: unknown;
}

/** The first version: every item on the parameters its declared level implies. */
export function priorCalibration(
  items: readonly EngineItem[],
  itemPrior: ItemPriorMapping,
  version: string,
  createdAt: string,
): Calibration {
  const out: Record<string, CalibratedItem> = {};
  for (const item of items) out[item.id] = { ...priorParameters(item.level, itemPrior), responses: 0, source: 'prior' };
  return { version, basedOn: null, method: 'prior', createdAt, itemPrior, items: out, domains: {} };
}

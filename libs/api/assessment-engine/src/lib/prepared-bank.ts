import type { EngineConfig } from './engine-config';
import { byCode, domainOf, EngineItem } from './engine-item';
import { gridPoints, normalLogWeights } from './grid';
import { ItemParameters, probability } from './irt';
import { priorParameters } from './item-prior';

export interface PreparedItem extends ItemParameters {
  id: string;
  competence: string;
  domain: string;
  level: number;
}

/** A parameter set to score with: a Calibration, or any `{ version, items }` of the same shape. */
export interface ParameterSet {
  version: string;
  items: Readonly<Record<string, ItemParameters>>;
}

/**
 * The bank as the engine uses it, built once per (items, config, calibration) and shared by every attempt: the
 * log-probabilities of every item at every grid point are computed here, so that scoring an answer is additions.
 */
export interface PreparedBank {
  config: EngineConfig;
  calibrationVersion: string;
  grid: Float64Array;
  logPrior: Float64Array;
  items: PreparedItem[];
  index: ReadonlyMap<string, number>;
  /** Domains in the order they are administered: the framework's. */
  domains: string[];
  itemsByDomain: number[][];
  competencesByDomain: string[][];
  logP: Float64Array[];
  logQ: Float64Array[];
}

export function prepareBank(
  items: readonly EngineItem[],
  config: EngineConfig,
  parameters?: ParameterSet,
): PreparedBank {
  const grid = gridPoints(config.grid);
  const prepared = items.map((item) => ({
    id: item.id,
    competence: item.competence,
    domain: domainOf(item.competence),
    level: item.level,
    ...(parameters?.items[item.id] ?? priorParameters(item.level, config.itemPrior)),
  }));
  const index = new Map<string, number>();
  prepared.forEach((item, i) => {
    if (index.has(item.id)) throw new Error(`Item ${item.id} appears twice in the bank`);
    index.set(item.id, i);
  });
  const domains = [...new Set(prepared.map((i) => i.domain))].sort(byCode);
  if (domains.length * config.stop.minPerDomain > config.stop.maxTotal) {
    throw new Error(
      `stop.maxTotal ${config.stop.maxTotal} cannot hold ${config.stop.minPerDomain} items in each of ${domains.length} domains`,
    );
  }
  const itemsByDomain = domains.map((d) => prepared.flatMap((item, i) => (item.domain === d ? [i] : [])));
  return {
    config,
    calibrationVersion: parameters?.version ?? `prior:${config.version}`,
    grid,
    logPrior: normalLogWeights(grid, config.prior.mean, config.prior.sd),
    items: prepared,
    index,
    domains,
    itemsByDomain,
    competencesByDomain: itemsByDomain.map((ids) => [...new Set(ids.map((i) => prepared[i].competence))].sort(byCode)),
    logP: prepared.map((item) => grid.map((theta) => Math.log(probability(item, theta)))),
    logQ: prepared.map((item) => grid.map((theta) => Math.log(1 - probability(item, theta)))),
  };
}

import type { ItemParameters } from './irt';

/** How a declared level becomes 2PL parameters before any response has been seen. */
export interface ItemPriorMapping {
  a: number;
  bAtLevel1: number;
  bPerLevel: number;
}

/**
 * With the default mapping (a 1, level 1 at −1.5, +1 per level) a level-L item is answered right half the time
 * exactly at the level-L cut score, which is the rule today's course tests apply to observed answers.
 */
export function priorParameters(level: number, mapping: ItemPriorMapping): ItemParameters {
  return { a: mapping.a, b: mapping.bAtLevel1 + (level - 1) * mapping.bPerLevel };
}

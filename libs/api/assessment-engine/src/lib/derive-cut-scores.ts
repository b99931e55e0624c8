import { CutScores, LevelCut, MAX_LEVEL } from './cut-scores';
import { byCode, domainOf, EngineItem } from './engine-item';
import { ItemParameters, probability } from './irt';
import type { ItemPriorMapping } from './item-prior';

export interface DerivedCutScores {
  cutScores: CutScores;
  /** Levels that had no item and were extrapolated, or had to be pushed up to keep the order. */
  notes: string[];
}

/** The ability at which a person is expected to answer half of these items right (bisection: the mean is monotone). */
function halfRight(items: ItemParameters[]): number {
  let lo = -20;
  let hi = 20;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    const mean = items.reduce((s, item) => s + probability(item, mid), 0) / items.length;
    if (mean < 0.5) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

const MIN_GAP = 0.05;

function cutsFor(
  items: EngineItem[],
  parameters: Readonly<Record<string, ItemParameters>>,
  mapping: ItemPriorMapping,
  label: string,
  notes: string[],
): LevelCut[] {
  const cuts: LevelCut[] = [];
  let previous = mapping.bAtLevel1;
  for (let level = 2; level <= MAX_LEVEL; level++) {
    const atLevel = items.filter((i) => i.level === level && parameters[i.id]).map((i) => parameters[i.id]);
    let minTheta = atLevel.length ? halfRight(atLevel) : previous + mapping.bPerLevel;
    if (!atLevel.length) notes.push(`${label} level ${level}: no item, extrapolated by ${mapping.bPerLevel} per level`);
    if (minTheta < previous + MIN_GAP && level > 2) {
      notes.push(
        `${label} level ${level}: its items came out easier than level ${level - 1}'s; raised to keep the order`,
      );
      minTheta = previous + MIN_GAP;
    }
    cuts.push({ level, minTheta: Math.round(minTheta * 1000) / 1000 });
    previous = minTheta;
  }
  return cuts;
}

/**
 * Cut scores that say on a calibrated scale what the rule of today's course tests says on answers: a person has
 * reached level L where they are expected to answer half of the level-L items right. Proposed as data, for people
 * to review and publish as a version, never applied silently.
 */
export function deriveCutScores(
  items: readonly EngineItem[],
  parameters: Readonly<Record<string, ItemParameters>>,
  mapping: ItemPriorMapping,
  meta: { version: string; calibrationVersion: string },
): DerivedCutScores {
  const notes: string[] = [];
  const byDomain: Record<string, LevelCut[]> = {};
  for (const domain of [...new Set(items.map((i) => domainOf(i.competence)))].sort(byCode)) {
    byDomain[domain] = cutsFor(
      items.filter((i) => domainOf(i.competence) === domain),
      parameters,
      mapping,
      `domain ${domain}`,
      notes,
    );
  }
  const cutScores: CutScores = {
    ...meta,
    basis:
      'Level L starts where the expected share right on the level-L items is one half (derived from the calibration).',
    levels: cutsFor([...items], parameters, mapping, 'all domains', notes),
    byDomain,
  };
  return { cutScores, notes };
}

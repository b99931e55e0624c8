import type { BlueprintRow } from './test.entity';

export interface Candidate {
  id: string;
  competence: string;
  level: number;
}

/**
 * Draws a fixed form from the bank: for each row, `count` distinct items of that competence at those levels,
 * chosen at random. Fails when the bank has too few, rather than silently giving a shorter test.
 */
export function drawFromBlueprint(
  blueprint: BlueprintRow[],
  bank: Candidate[],
  random: () => number = Math.random,
): string[] {
  const taken = new Set<string>();
  const out: string[] = [];
  for (const row of blueprint) {
    const pool = bank.filter(
      (c) => c.competence === row.competence && row.levels.includes(c.level) && !taken.has(c.id),
    );
    if (pool.length < row.count) {
      throw new Error(
        `The bank has ${pool.length} items for ${row.competence} at levels ${row.levels.join(',')}; ${row.count} needed`,
      );
    }
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    for (const c of pool.slice(0, row.count)) {
      taken.add(c.id);
      out.push(c.id);
    }
  }
  return out;
}

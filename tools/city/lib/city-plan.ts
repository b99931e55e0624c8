import { Rng } from './random';

/** Hà Nội at full scale (issue 10): adults registered, titles over the years, learning records. */
export const FULL_SCALE = { adults: 7_000_000, titles: 3_800_000, records: 50_000_000 } as const;

export interface Commune {
  id: string;
  name: string;
  unitType: string;
  path: string;
}

export interface CommunePlan extends Commune {
  /** Index in id order: the commune's random stream. */
  index: number;
  people: number;
  groups: number;
  /** How active the commune's association is: scales everyone's chance of applying. */
  activity: number;
  rural: boolean;
}

/** About eight residential groups per pre-2025 ward or commune; never fewer than 12 people a group on average. */
const GROUPS_PER_OLD_UNIT = 8;
const MIN_PEOPLE_PER_GROUP = 12;

/**
 * How many people and groups each commune gets. A commune's size follows the number of old units merged into it
 * (where the conversion table is known) with some spread; phường are denser than xã.
 */
export function planCity(
  communes: Commune[],
  oldUnits: Map<string, number>,
  scale: number,
  seed: number,
): CommunePlan[] {
  const sorted = [...communes].sort((a, b) => a.id.localeCompare(b.id));
  const rng = new Rng(seed, 0);
  const weights = sorted.map((c) => {
    const rural = c.unitType !== 'phường';
    const units = oldUnits.get(c.id) ?? (rural ? 4 : 5);
    return { units, rural, weight: units * (rural ? 0.85 : 1.2) * Math.exp(rng.normal(0, 0.3)) };
  });
  const total = weights.reduce((s, w) => s + w.weight, 0);
  const people = Math.round(FULL_SCALE.adults * scale * 1.02);
  // Largest remainders: the communes add up to exactly `people`.
  const exact = weights.map((w) => (people * w.weight) / total);
  const counts = exact.map(Math.floor);
  let left = people - counts.reduce((s, n) => s + n, 0);
  for (const i of exact
    .map((x, i) => [x - Math.floor(x), i])
    .sort((a, b) => b[0] - a[0])
    .map(([, i]) => i)) {
    if (left-- <= 0) break;
    counts[i]++;
  }
  return sorted.map((c, index) => {
    const { units, rural } = weights[index];
    const groups = Math.max(
      1,
      Math.min(
        Math.round(units * GROUPS_PER_OLD_UNIT * Math.exp(rng.normal(0, 0.2))),
        Math.floor(counts[index] / MIN_PEOPLE_PER_GROUP),
      ),
    );
    return { ...c, index, people: counts[index], groups, activity: Math.exp(rng.normal(0, 0.35)), rural };
  });
}

/** Old units merged into each commune, from data/hanoi-unit-conversion-2025.csv when the repository has it. */
export function oldUnitCounts(csv: string | null): Map<string, number> {
  const counts = new Map<string, number>();
  if (!csv) return counts;
  const [header, ...lines] = csv.trim().split(/\r?\n/);
  const col = header.split(',').indexOf('new_unit_code');
  for (const line of lines) {
    const code = line.split(',')[col];
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}

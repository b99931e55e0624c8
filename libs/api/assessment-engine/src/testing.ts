import type { EngineConfig } from './lib/engine-config';
import type { EngineItem } from './lib/engine-item';

/** The framework's shape: competences per domain of Circular 02/2025 (6 domains, 24 competences). */
export const FRAMEWORK_COMPETENCES: readonly string[] = [
  ...['1.1', '1.2', '1.3'],
  ...['2.1', '2.2', '2.3', '2.4', '2.5', '2.6'],
  ...['3.1', '3.2', '3.3', '3.4'],
  ...['4.1', '4.2', '4.3', '4.4'],
  ...['5.1', '5.2', '5.3', '5.4'],
  ...['6.1', '6.2', '6.3'],
];

/**
 * A bank with the target structure of issue 8: for each competence, `perLevel[L - 1]` items at level L. The
 * default, 4 + 4 + 3 + 3 + 3 + 3 = 20 per competence at levels 1–6, gives 480 items.
 */
export function syntheticItems(
  competences: readonly string[] = FRAMEWORK_COMPETENCES,
  perLevel: readonly number[] = [4, 4, 3, 3, 3, 3],
): EngineItem[] {
  return competences.flatMap((competence) =>
    perLevel.flatMap((count, l) =>
      Array.from({ length: count }, (_, n) => ({
        id: `${competence}-L${l + 1}-${String(n + 1).padStart(3, '0')}`,
        competence,
        level: l + 1,
      })),
    ),
  );
}

/** An explicit config for tests, so that a test never depends on the published data changing. */
export function testConfig(
  overrides: {
    stop?: Partial<EngineConfig['stop']>;
    selection?: Partial<EngineConfig['selection']>;
    strength?: Partial<EngineConfig['strength']>;
  } = {},
): EngineConfig {
  return {
    version: 'test',
    grid: { min: -6, max: 6, points: 81 },
    prior: { mean: 0, sd: 1 },
    itemPrior: { a: 1, bAtLevel1: -1.5, bPerLevel: 1 },
    stop: { seBelow: 0.5, minPerDomain: 4, maxPerDomain: 6, maxTotal: 30, ...overrides.stop },
    selection: {
      topK: 5,
      contentBalanceSlack: 0,
      maxExposureRate: 0.25,
      exposureMinSample: 50,
      ...overrides.selection,
    },
    strength: { minItems: 2, z: 1, ...overrides.strength },
  };
}

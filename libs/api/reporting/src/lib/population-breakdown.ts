import type { KpiDimension } from '@lc/shared-contracts';

/**
 * The adults of an area per sex or per age band from loaded population figures, when every commune of the area has
 * them for the year (a partial sum would overstate K1, as in loadedPopulation); null otherwise, and for population
 * groups, which the figures do not split.
 */
export function bandPopulation(
  bands: { areaId: string; sex: string; ageBand: string; adults: number }[],
  communeIds: string[],
  by: KpiDimension,
): Map<string, number> | null {
  if (by === 'population_group' || communeIds.length === 0) return null;
  const loaded = new Set(bands.map((b) => b.areaId));
  if (communeIds.some((id) => !loaded.has(id))) return null;
  const sums = new Map<string, number>();
  for (const b of bands) {
    const key = by === 'sex' ? b.sex : b.ageBand;
    sums.set(key, (sums.get(key) ?? 0) + b.adults);
  }
  return sums;
}

import { KpiCommuneRanking } from '@lc/shared-contracts';
import { searchKey } from '@lc/web-reporting-data-access';

export type TargetYear = 2025 | 2030;

/** One commune in the ranked table, for one KPI against one target year. */
export interface RankedCommune {
  /** 1 for the highest value; communes without a value come last, unranked. */
  rank: number | null;
  areaId: string;
  areaName: string;
  numerator: number;
  denominator: number;
  value: number | null;
  target: number | null;
  /** Percentage points still to go to the target: ≤ 0 when met, null without a value or a target. */
  distance: number | null;
}

export type RankingSortKey = 'rank' | 'areaName' | 'value' | 'distance';

const points = (n: number) => Math.round(n * 1000) / 10;

/** Every commune with the chosen KPI, ranked by its value, highest first (ties share a rank). */
export function rankCommunes(ranking: KpiCommuneRanking, code: string, year: TargetYear): RankedCommune[] {
  const rows = ranking.rows.map((row) => {
    const kpi = row.kpis.find((k) => k.code === code);
    const value = kpi?.value ?? null;
    const target = (year === 2025 ? kpi?.target2025 : kpi?.target2030) ?? null;
    return {
      rank: null as number | null,
      areaId: row.areaId,
      areaName: row.areaName,
      numerator: kpi?.numerator ?? 0,
      denominator: kpi?.denominator ?? 0,
      value,
      target,
      distance: value === null || target === null ? null : points(target - value),
    };
  });
  const ranked = rows.filter((r) => r.value !== null).sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  ranked.forEach((row, i) => (row.rank = i > 0 && ranked[i - 1].value === row.value ? ranked[i - 1].rank : i + 1));
  return [...ranked, ...rows.filter((r) => r.value === null)];
}

/** Sorts a copy; rows without the sorted figure stay last whichever the direction. */
export function sortRanked(rows: RankedCommune[], key: RankingSortKey, direction: 'asc' | 'desc'): RankedCommune[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (key === 'areaName') return sign * a.areaName.localeCompare(b.areaName, 'vi');
    const x = a[key];
    const y = b[key];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sign * (x - y);
  });
}

/** Communes whose name contains the query, typed with or without diacritics. */
export function filterRanked(rows: RankedCommune[], query: string): RankedCommune[] {
  const key = searchKey(query);
  return key ? rows.filter((row) => searchKey(row.areaName).includes(key)) : rows;
}

import type { KpiCode, KpiValue } from '@lc/shared-contracts';

export const ratio = (numerator: number, denominator: number): number | null =>
  denominator > 0 ? numerator / denominator : null;

export interface KpiCounts {
  holders: number;
  adults: number;
  withSkills: number;
  proficient: number;
  proficientWithSkills: number;
}

export const NO_COUNTS: KpiCounts = { holders: 0, adults: 0, withSkills: 0, proficient: 0, proficientWithSkills: 0 };

export type DenominatorSource = 'population_figures' | 'registered_adults';

const LABELS: Record<KpiCode, (source: DenominatorSource, adultAge: number) => { vi: string; en: string }> = {
  K1: (source, age) =>
    source === 'population_figures'
      ? {
          vi: `người từ ${age} tuổi cư trú trên địa bàn (số liệu dân số đã nạp)`,
          en: `residents aged ${age}+ (loaded population figures)`,
        }
      : {
          vi: `người từ ${age} tuổi đã đăng ký trên nền tảng (chưa nạp số liệu dân số)`,
          en: `adults aged ${age}+ registered on the platform (no population figures loaded)`,
        },
  K3: () => ({ vi: 'người đang giữ danh hiệu Công dân học tập', en: 'current Learning Citizen title holders' }),
  K4: () => ({ vi: 'người đang giữ danh hiệu Công dân học tập', en: 'current Learning Citizen title holders' }),
  K4_OF_K3: () => ({ vi: 'người giữ danh hiệu đã có kỹ năng số (K3)', en: 'title holders with digital skills (K3)' }),
};

/** Each KPI with its numerator, denominator, value and targets: the dashboard shows all of it. */
export function buildKpis(
  counts: KpiCounts,
  source: DenominatorSource,
  adultAge: number,
  target: (code: KpiCode, year: number) => number | null,
): KpiValue[] {
  const rows: [KpiCode, number, number][] = [
    ['K1', counts.holders, counts.adults],
    ['K3', counts.withSkills, counts.holders],
    ['K4', counts.proficient, counts.holders],
    ['K4_OF_K3', counts.proficientWithSkills, counts.withSkills],
  ];
  return rows.map(([code, numerator, denominator]) => ({
    code,
    numerator,
    denominator,
    value: ratio(numerator, denominator),
    target2025: target(code, 2025),
    target2030: target(code, 2030),
    denominatorLabel: LABELS[code](source, adultAge),
  }));
}

// The suppression rule is shared with the web's exports, so it lives once in the contracts.
export { suppressed } from '@lc/shared-contracts';

/**
 * K1's denominator from loaded population figures: the area's own figure, else the sum of the figures of the areas
 * just below it when every one of them is loaded (a partial sum would overstate K1); null means none applies and
 * registered adults are counted instead.
 */
export function loadedPopulation(own: number | undefined, below: (number | undefined)[]): number | null {
  if (own !== undefined) return own;
  if (below.length === 0 || below.some((n) => n === undefined)) return null;
  return below.reduce<number>((sum, n) => sum + (n ?? 0), 0);
}

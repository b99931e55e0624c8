import { KpiTrend, KpiValue } from '@lc/shared-contracts';
import { progressOptions, rankingOptions, trendOptions } from './chart-options';

const kpi = (code: string, value: number | null): KpiValue =>
  ({ code, numerator: 0, denominator: 0, value, target2025: 0.4, target2030: 0.6 }) as KpiValue;

type Series = { name?: string; data: (number | null)[] }[];

describe('chart options', () => {
  it('puts each KPI beside the chosen target year, in percent', () => {
    const options = progressOptions([kpi('K1', 0.425), kpi('K4_OF_K3', null)], 2030, { reached: 'Đạt', target: 'MT' });
    expect((options as { xAxis: { data: string[] } }).xAxis.data).toEqual(['K1', 'K4/K3']);
    expect((options['series'] as Series).map((s) => s.data)).toEqual([
      [42.5, null],
      [60, 60],
    ]);
  });

  it('draws communes in the order given', () => {
    const options = rankingOptions([
      { areaName: 'A', value: 0.5 },
      { areaName: 'B', value: null },
    ]);
    expect((options['yAxis'] as { data: string[] }).data).toEqual(['A', 'B']);
    expect((options['series'] as Series)[0].data).toEqual([50, null]);
  });

  it('draws a line per KPI across the years, with gaps where a year has none', () => {
    const trend: KpiTrend = {
      areaId: 'hn',
      areaName: 'Hà Nội',
      points: [
        { year: 2025, denominatorSource: 'registered_adults', kpis: [kpi('K1', 0.3)] },
        { year: 2026, denominatorSource: 'registered_adults', kpis: [kpi('K1', 0.35), kpi('K3', 0.1)] },
      ],
    };
    const series = trendOptions(trend, (c) => `n${c}`)['series'] as Series;
    expect(series).toEqual([
      expect.objectContaining({ name: 'nK1', data: [30, 35] }),
      expect.objectContaining({ name: 'nK3', data: [null, 10] }),
    ]);
  });
});

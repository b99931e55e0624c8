import { KpiCommuneRanking, KpiValue } from '@lc/shared-contracts';
import { filterRanked, rankCommunes, sortRanked } from './ranking';

const k1 = (numerator: number, denominator: number): KpiValue => ({
  code: 'K1',
  numerator,
  denominator,
  value: denominator ? numerator / denominator : null,
  target2025: 0.4,
  target2030: 0.6,
  denominatorLabel: { vi: '', en: '' },
});
const row = (areaId: string, areaName: string, kpi: KpiValue) => ({
  areaId,
  areaName,
  denominatorSource: 'registered_adults' as const,
  kpis: [kpi],
});
const ranking: KpiCommuneRanking = {
  year: 2026,
  rows: [
    row('bd', 'Phường Ba Đình', k1(30, 100)),
    row('hk', 'Phường Hoàn Kiếm', k1(50, 100)),
    row('st', 'Xã Sóc Sơn', k1(0, 0)),
    row('tx', 'Phường Thanh Xuân', k1(15, 50)),
  ],
};

describe('rankCommunes', () => {
  it('ranks by value, ties sharing a rank, communes without a value last and unranked', () => {
    const rows = rankCommunes(ranking, 'K1', 2025);
    expect(rows.map((r) => [r.areaId, r.rank])).toEqual([
      ['hk', 1],
      ['bd', 2],
      ['tx', 2],
      ['st', null],
    ]);
  });

  it('gives the distance to the chosen target in percentage points, negative once met', () => {
    const by2025 = rankCommunes(ranking, 'K1', 2025);
    expect(by2025.map((r) => r.distance)).toEqual([-10, 10, 10, null]);
    expect(rankCommunes(ranking, 'K1', 2030)[0]).toMatchObject({ target: 0.6, distance: 10 });
  });

  it('leaves a KPI the commune lacks without a value', () => {
    expect(rankCommunes(ranking, 'K2', 2025).every((r) => r.value === null && r.rank === null)).toBe(true);
  });
});

describe('sortRanked', () => {
  const rows = rankCommunes(ranking, 'K1', 2025);

  it('sorts by distance either way, keeping rows without one last', () => {
    expect(sortRanked(rows, 'distance', 'desc').map((r) => r.areaId)).toEqual(['bd', 'tx', 'hk', 'st']);
    expect(sortRanked(rows, 'distance', 'asc').map((r) => r.areaId)).toEqual(['hk', 'bd', 'tx', 'st']);
  });

  it('sorts names in Vietnamese order', () => {
    expect(sortRanked(rows, 'areaName', 'asc').map((r) => r.areaId)).toEqual(['bd', 'hk', 'tx', 'st']);
  });

  it('does not reorder the rows it was given', () => {
    sortRanked(rows, 'areaName', 'desc');
    expect(rows[0].areaId).toBe('hk');
  });
});

describe('filterRanked', () => {
  it('finds communes typed without diacritics', () => {
    expect(filterRanked(rankCommunes(ranking, 'K1', 2025), 'soc son').map((r) => r.areaId)).toEqual(['st']);
  });
});

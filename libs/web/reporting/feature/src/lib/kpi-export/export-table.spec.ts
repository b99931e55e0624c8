import { KpiReport, RosterKpiValue } from '@lc/shared-contracts';
import { ExportLabels, exportTable, toCsv } from './export-table';

const labels: ExportLabels = {
  title: 'Chỉ số',
  columns: ['Phần', 'Khu vực', 'Nhóm', 'Mã', 'Chỉ số', 'Tử số', 'Mẫu số', 'Tỷ lệ (%)', 'MT 2025 (%)', 'MT 2030 (%)'],
  summary: 'Tổng hợp',
  communes: 'Xếp hạng',
  breakdown: 'Theo giới tính',
  groups: 'Tổ dân phố',
  lang: 'vi',
  kpiName: (code) => `Tên ${code}`,
};
const kpi = (code: string, numerator: number, denominator: number) =>
  ({
    code,
    numerator,
    denominator,
    value: denominator ? numerator / denominator : null,
    target2025: 0.4,
    target2030: 0.6,
    denominatorLabel: { vi: '', en: '' },
  }) as KpiReport['kpis'][number];
const report: KpiReport = {
  areaId: 'hn',
  areaName: 'Thành phố Hà Nội',
  year: 2026,
  denominatorSource: 'registered_adults',
  generatedAt: '2026-05-01T08:00:00Z',
  kpis: [kpi('K1', 425, 1000), kpi('K3', 7, 425)],
};

describe('exportTable', () => {
  it('writes K3/K4 expected counts to one decimal, their share as it is', () => {
    const fractional = { ...report, kpis: [kpi('K3', 312.74862, 425)] };
    const table = exportTable({ report: fractional, communes: null, breakdown: null, groups: null }, labels);
    expect(table.rows).toEqual([['Tổng hợp', 'Thành phố Hà Nội', '', 'K3', 'Tên K3', 312.7, 425, 73.6, 40, 60]]);
  });

  it('withholds counts under 10 and their value, exact figures included, and keeps targets in percent', () => {
    const table = exportTable({ report, communes: null, breakdown: null, groups: null }, labels);
    expect(table.rows).toEqual([
      ['Tổng hợp', 'Thành phố Hà Nội', '', 'K1', 'Tên K1', 425, 1000, 42.5, 40, 60],
      ['Tổng hợp', 'Thành phố Hà Nội', '', 'K3', 'Tên K3', '< 10', 425, null, 40, 60],
    ]);
  });

  it("exports K0 and K2 in the summary under the same rule, in the plan's order", () => {
    const roster = (code: 'K0' | 'K2', numerator: number, denominator: number): RosterKpiValue => ({
      ...kpi(code, numerator, denominator),
      code,
      target2025: code === 'K0' ? 1 : 0.6,
      target2030: code === 'K0' ? null : 0.8,
      denominatorSource: 'roster',
    });
    const table = exportTable(
      {
        report: { ...report, rosterKpis: [roster('K2', 30, 50), roster('K0', 4, 20)] },
        communes: null,
        breakdown: null,
        groups: null,
      },
      labels,
    );
    expect(table.rows.map((r) => r[3])).toEqual(['K0', 'K1', 'K2', 'K3']);
    expect(table.rows[0]).toEqual(['Tổng hợp', 'Thành phố Hà Nội', '', 'K0', 'Tên K0', '< 10', 20, null, 100, null]);
    expect(table.rows[2]).toEqual(['Tổng hợp', 'Thành phố Hà Nội', '', 'K2', 'Tên K2', 30, 50, 60, 60, 80]);
  });

  it('adds the communes in the order shown, then the breakdown and the groups as the API withheld them', () => {
    const table = exportTable(
      {
        report: { ...report, kpis: [] },
        communes: [
          { areaId: 'b', areaName: 'Phường B', denominatorSource: 'registered_adults', kpis: [kpi('K1', 3, 20)] },
          { areaId: 'a', areaName: 'Phường A', denominatorSource: 'registered_adults', kpis: [kpi('K1', 10, 20)] },
        ],
        breakdown: {
          areaId: 'hn',
          areaName: 'Thành phố Hà Nội',
          year: 2026,
          by: 'sex',
          rows: [
            {
              key: 'female',
              label: { vi: 'Nữ', en: 'Female' },
              kpis: [{ code: 'K1', numerator: null, denominator: 12, value: null, suppressed: true }],
            },
          ],
        },
        groups: {
          communeId: 'a',
          communeName: 'Phường A',
          year: 2026,
          rows: [
            {
              areaId: 'g',
              areaName: 'Tổ 1',
              kpis: [{ code: 'K1', numerator: 10, denominator: 40, value: 0.25, suppressed: false }],
            },
          ],
        },
      },
      labels,
    );
    expect(table.rows.map((r) => [r[0], r[1], r[2], r[5], r[7]])).toEqual([
      ['Xếp hạng', 'Phường B', '', '< 10', null],
      ['Xếp hạng', 'Phường A', '', 10, 50],
      ['Theo giới tính', 'Thành phố Hà Nội', 'Nữ', '< 10', null],
      ['Tổ dân phố', 'Tổ 1', '', 10, 25],
    ]);
  });
});

describe('toCsv', () => {
  it('writes UTF-8 CSV with a BOM, quoting what needs it and defusing formulas', () => {
    const csv = toCsv({
      title: 't',
      columns: ['a', 'b'],
      rows: [
        ['x, "y"', 1.5],
        ['=SUM(A1)', null],
      ],
    });
    expect(csv).toBe('\uFEFFa,b\r\n"x, ""y""",1.5\r\n\'=SUM(A1),\r\n');
  });
});

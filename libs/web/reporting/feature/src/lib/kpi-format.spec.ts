import { KpiValue, RosterKpiValue } from '@lc/shared-contracts';
import { formatCount, formatPercent, kpiName, noRosterKey, reportKpis, targetStatuses } from './kpi-format';

const kpi = (value: number | null): KpiValue => ({
  code: 'K1',
  numerator: 0,
  denominator: 0,
  value,
  target2025: 0.4,
  target2030: 0.6,
  denominatorLabel: { vi: 'người từ 18 tuổi', en: 'adults' },
});

describe('targetStatuses', () => {
  it('says which targets are met and how many points the others miss', () => {
    expect(targetStatuses(kpi(0.425))).toEqual([
      { year: 2025, target: 0.4, met: true, gapPoints: 0 },
      { year: 2030, target: 0.6, met: false, gapPoints: 17.5 },
    ]);
  });

  it('keeps the targets but no verdict when there is no value', () => {
    expect(targetStatuses(kpi(null)).map((s) => s.met)).toEqual([null, null]);
  });
});

describe('formatCount', () => {
  it('writes expected counts (K3/K4 numerators) to one decimal, whole counts as they are', () => {
    expect(formatCount(3284.7127, 'vi')).toBe('3.284,7');
    expect(formatCount(3284.7127, 'en')).toBe('3,284.7');
    expect(formatCount(12, 'en')).toBe('12');
  });
});

describe('formatPercent', () => {
  it('writes Vietnamese percentages with a decimal comma', () => {
    expect(formatPercent(0.425, 'vi')).toMatch(/^42,5\s?%$/);
  });
});

describe('kpiName', () => {
  const translate = { instant: (key: string) => (key === 'reporting.kpi.K1' ? 'Tỷ lệ K1' : key) };

  it('names a known KPI and falls back to the code of a new one', () => {
    expect(kpiName(translate, 'K1')).toBe('Tỷ lệ K1');
    expect(kpiName(translate, 'K9')).toBe('K9');
  });
});

describe('reportKpis', () => {
  const roster = (code: 'K0' | 'K2', denominatorSource: RosterKpiValue['denominatorSource']): RosterKpiValue => ({
    ...kpi(null),
    code,
    denominatorSource,
  });

  it("puts K0 and K2 among the others in the plan's order", () => {
    const report = {
      kpis: [kpi(0.1), { ...kpi(0.2), code: 'K3' as const }],
      rosterKpis: [roster('K2', 'roster'), roster('K0', 'none')],
    };
    expect(reportKpis(report).map((k) => k.code)).toEqual(['K0', 'K1', 'K2', 'K3']);
  });

  it('shows only K1, K3, K4 from a server without rosters', () => {
    expect(reportKpis({ kpis: [kpi(0.1)] }).map((k) => k.code)).toEqual(['K1']);
  });

  it('says when there is no roster yet: K2 falls back, K0 has no value, others say nothing', () => {
    expect(noRosterKey(roster('K2', 'registered_officials'))).toBe('reporting.noRoster.fallback');
    expect(noRosterKey(roster('K0', 'none'))).toBe('reporting.noRoster.none');
    expect(noRosterKey(roster('K0', 'roster'))).toBeNull();
    expect(noRosterKey(kpi(0.4))).toBeNull();
  });
});

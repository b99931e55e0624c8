import { KpiValue } from '@lc/shared-contracts';
import { formatPercent, kpiName, targetStatuses } from './kpi-format';

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

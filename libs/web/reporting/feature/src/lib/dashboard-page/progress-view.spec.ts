import { KpiReport } from '@lc/shared-contracts';
import { progressView, targetYearOf } from './progress-view';

const kpi = (code: string, value: number | null, target2030: number | null) =>
  ({ code, numerator: 0, denominator: 0, value, target2025: 0.4, target2030 }) as KpiReport['kpis'][number];
const report = (year: number): KpiReport => ({
  areaId: 'hn',
  areaName: 'Hà Nội',
  year,
  denominatorSource: 'registered_adults',
  generatedAt: '',
  kpis: [kpi('K1', 0.65, 0.6), kpi('K3', 0.5, 0.9), kpi('K4_OF_K3', 0.2, null)],
});
const translate = { instant: (key: string, p?: object) => `${key}${p ? JSON.stringify(p) : ''}` };

describe('progressView', () => {
  it('compares with the 2025 targets up to 2025 and with the 2030 ones after', () => {
    expect([targetYearOf(2024), targetYearOf(2025), targetYearOf(2026)]).toEqual([2025, 2025, 2030]);
  });

  it('counts the KPIs that met their target and leaves out those without one', () => {
    const view = progressView(report(2026), 'en', translate);
    expect(view.year).toBe(2030);
    expect(view.summary).toContain('"met":1,"total":2');
    expect((view.options['xAxis'] as { data: string[] }).data).toEqual(['K1', 'K3']);
  });

  it('charts K0 and K2 with the others when the report has them', () => {
    const roster = (code: 'K0' | 'K2') => ({ ...kpi(code, 0.1, 0.8), code, denominatorSource: 'roster' as const });
    const view = progressView({ ...report(2024), rosterKpis: [roster('K2'), roster('K0')] }, 'en', translate);
    expect((view.options['xAxis'] as { data: string[] }).data).toEqual(['K0', 'K1', 'K2', 'K3', 'K4/K3']);
    expect(view.summary).toContain('"met":2,"total":5');
  });
});

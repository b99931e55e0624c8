import { KpiReport } from '@lc/shared-contracts';
import { translateText } from '@lc/web-shared-data-access';
import { progressOptions } from '../kpi-chart/chart-options';
import { KpiLang, ShownKpi, formatPercent, kpiShortCode, reportKpis } from '../kpi-format';

/** The progress chart compares with the 2025 targets up to 2025 and with the 2030 ones after. */
export const targetYearOf = (year: number): 2025 | 2030 => (year <= 2025 ? 2025 : 2030);

/** The progress-to-target chart and the sentence that says the same in words. */
export function progressView(
  report: KpiReport,
  lang: KpiLang,
  translate: { instant(key: string, p?: object): unknown },
) {
  const year = targetYearOf(report.year);
  const t = (key: string, params?: object) => translateText(translate, `reporting.progress.${key}`, params);
  const withTarget = reportKpis(report).filter((kpi) => (year === 2025 ? kpi.target2025 : kpi.target2030) !== null);
  const targetOf = (kpi: ShownKpi) => (year === 2025 ? kpi.target2025 : kpi.target2030) ?? 0;
  const met = withTarget.filter((kpi) => kpi.value !== null && kpi.value >= targetOf(kpi)).length;
  const details = withTarget
    .map((kpi) =>
      t('item', {
        code: kpiShortCode(kpi.code),
        value: kpi.value === null ? '—' : formatPercent(kpi.value, lang),
        target: formatPercent(targetOf(kpi), lang),
      }),
    )
    .join('; ');
  return {
    year,
    options: progressOptions(withTarget, year, { reached: t('reached'), target: t('target', { year }) }),
    summary: t('summary', { met, total: withTarget.length, year, details }),
  };
}

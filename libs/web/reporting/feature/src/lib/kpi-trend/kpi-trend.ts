import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { KpiTrend } from '@lc/shared-contracts';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { KpiChart } from '../kpi-chart/kpi-chart';
import { trendOptions } from '../kpi-chart/chart-options';
import { KpiLang, formatPercent, kpiShortCode } from '../kpi-format';
import { translateText } from '@lc/web-shared-data-access';

/** Each KPI's rate across the years: a line chart, a sentence per KPI, and a table with every figure. */
@Component({
  selector: 'lp-kpi-trend',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, KpiChart],
  templateUrl: './kpi-trend.html',
  styleUrl: '../kpi-cell-table/kpi-cell-table.scss',
})
export class KpiTrendView {
  private readonly translate = inject(TranslateService);
  readonly trend = input.required<KpiTrend>();
  readonly lang = input<KpiLang>('vi');
  readonly kpiName = input.required<(code: string) => string>();

  protected readonly codes = computed(() => [
    ...new Set(this.trend().points.flatMap((p) => p.kpis.map((k) => k.code))),
  ]);
  protected readonly options = computed(() => trendOptions(this.trend(), this.kpiName()));
  protected readonly rows = computed(() => {
    const lang = this.lang();
    return this.trend().points.map((point) => ({
      year: point.year,
      cells: this.codes().map((code) => {
        const value = point.kpis.find((k) => k.code === code)?.value ?? null;
        return { code, text: value === null ? '—' : formatPercent(value, lang) };
      }),
    }));
  });
  /** From the first year with a value to the last, per KPI; a KPI with fewer than two such years says nothing. */
  protected readonly summary = computed(() => {
    const lang = this.lang();
    return this.codes()
      .map((code) => {
        const points = this.trend().points.flatMap((p) => {
          const value = p.kpis.find((k) => k.code === code)?.value ?? null;
          return value === null ? [] : [{ year: p.year, value }];
        });
        if (points.length < 2) return null;
        const [first, last] = [points[0], points[points.length - 1]];
        return translateText(this.translate, 'reporting.trend.summary', {
          code: kpiShortCode(code),
          from: formatPercent(first.value, lang),
          fromYear: first.year,
          to: formatPercent(last.value, lang),
          toYear: last.year,
        });
      })
      .filter((s): s is string => s !== null)
      .join(' ');
  });

  protected shortCode(code: string): string {
    return kpiShortCode(code as never);
  }
}

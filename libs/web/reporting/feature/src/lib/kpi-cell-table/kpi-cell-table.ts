import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { KpiCell, SUPPRESSED_TEXT } from '@lc/shared-contracts';
import { KpiLang, formatCount, formatPercent, kpiShortCode } from '../kpi-format';

export interface KpiCellRow {
  key: string;
  label: string;
  kpis: KpiCell[];
}

/**
 * Small areas or groups of people (residential groups, breakdown cells), whose counts under 10 the API withholds:
 * a withheld count reads "< 10" and its rate "—". Wide on a phone, so it scrolls sideways in a labelled region.
 */
@Component({
  selector: 'lp-kpi-cell-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './kpi-cell-table.html',
  styleUrl: './kpi-cell-table.scss',
})
export class KpiCellTable {
  readonly rows = input.required<KpiCellRow[]>();
  readonly caption = input.required<string>();
  readonly groupHeader = input.required<string>();
  readonly lang = input<KpiLang>('vi');
  readonly kpiName = input.required<(code: string) => string>();

  protected readonly codes = computed(() => [...new Set(this.rows().flatMap((row) => row.kpis.map((k) => k.code)))]);
  protected readonly columns = computed(() =>
    this.codes().map((code) => ({ code, short: kpiShortCode(code as KpiCell['code']), name: this.kpiName()(code) })),
  );
  protected readonly body = computed(() => {
    const lang = this.lang();
    const count = (n: number | null) => (n === null ? SUPPRESSED_TEXT : formatCount(n, lang));
    return this.rows().map((row) => ({
      key: row.key,
      label: row.label,
      cells: this.codes().map((code) => {
        const cell = row.kpis.find((k) => k.code === code);
        return {
          code,
          value: cell?.value == null ? '—' : formatPercent(cell.value, lang),
          ratio: cell ? `${count(cell.numerator)} / ${count(cell.denominator)}` : '',
        };
      }),
    }));
  });
}

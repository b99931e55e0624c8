import { ChangeDetectionStrategy, Component, computed, effect, input, output, signal } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { KpiCommuneRanking } from '@lc/shared-contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { KpiChart } from '../kpi-chart/kpi-chart';
import { rankingOptions } from '../kpi-chart/chart-options';
import { KpiLang, formatCount, formatPercent, kpiShortCode } from '../kpi-format';
import { RankingSortKey, TargetYear, filterRanked, rankCommunes, sortRanked } from './ranking';

/** How many communes the chart draws: all 126 would be unreadable on a phone; the table has every one. */
const CHART_ROWS = 15;

/** Every commune of the city ranked by one KPI against one target, sortable and filterable, with a chart. */
@Component({
  selector: 'lp-commune-ranking',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    TranslatePipe,
    KpiChart,
  ],
  templateUrl: './commune-ranking.html',
  styleUrl: './commune-ranking.scss',
})
export class CommuneRanking {
  readonly ranking = input.required<KpiCommuneRanking>();
  readonly lang = input<KpiLang>('vi');
  readonly kpiName = input.required<(code: string) => string>();
  /** The analyst chose a commune to drill into. */
  readonly open = output<string>();

  protected readonly columns = ['rank', 'areaName', 'value', 'ratio', 'target', 'distance'];
  protected readonly code = signal('K1');
  protected readonly targetYear = signal<TargetYear>(2030);
  protected readonly query = signal('');
  protected readonly sort = signal<{ key: RankingSortKey; direction: 'asc' | 'desc' }>({
    key: 'rank',
    direction: 'asc',
  });

  protected readonly codes = computed(() => [
    ...new Set(this.ranking().rows.flatMap((row) => row.kpis.map((kpi) => kpi.code))),
  ]);
  private readonly ranked = computed(() => rankCommunes(this.ranking(), this.code(), this.targetYear()));
  protected readonly shown = computed(() => {
    const { key, direction } = this.sort();
    return sortRanked(filterRanked(this.ranked(), this.query()), key, direction).map((row) => this.display(row));
  });
  /** The ranking's rows as the table shows them, for the export. */
  readonly shownChange = output<KpiCommuneRanking['rows']>();
  protected readonly chart = computed(() => {
    const rows = this.shown().slice(0, CHART_ROWS);
    const first = rows[0];
    const last = rows[rows.length - 1];
    return {
      options: rankingOptions(rows),
      height: 40 + rows.length * 28,
      summary: first && {
        count: rows.length,
        first: first.areaName,
        firstValue: first.valueText,
        last: last.areaName,
        lastValue: last.valueText,
      },
    };
  });

  constructor() {
    effect(() => {
      const byId = new Map(this.ranking().rows.map((row) => [row.areaId, row]));
      this.shownChange.emit(this.shown().flatMap((row) => byId.get(row.areaId) ?? []));
    });
    // A KPI the API no longer sends falls back to the first it does.
    effect(() => {
      const codes = this.codes();
      if (codes.length && !codes.includes(this.code() as never)) this.code.set(codes[0]);
    });
  }

  protected shortCode(code: string): string {
    return kpiShortCode(code as never);
  }

  protected onSort(sort: Sort): void {
    this.sort.set(
      sort.direction
        ? { key: sort.active as RankingSortKey, direction: sort.direction }
        : { key: 'rank', direction: 'asc' },
    );
  }

  protected onQuery(event: Event): void {
    this.query.set((event.target as HTMLInputElement).value);
  }

  private display(row: ReturnType<typeof rankCommunes>[number]) {
    const lang = this.lang();
    const percent = (v: number | null) => (v === null ? '—' : formatPercent(v, lang));
    const points =
      row.distance === null ? null : Math.abs(row.distance).toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN');
    return {
      ...row,
      valueText: percent(row.value),
      ratioText: `${formatCount(row.numerator, lang)} / ${formatCount(row.denominator, lang)}`,
      targetText: percent(row.target),
      met: row.distance === null ? null : row.distance <= 0,
      points,
    };
  }
}

import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule, MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { KPI_DIMENSIONS, KpiCommuneRanking, KpiDimension } from '@lc/shared-contracts';
import {
  AreaChoice,
  DashboardStore,
  analystAreaChoices,
  mayDrillToGroups,
  searchKey,
} from '@lc/web-reporting-data-access';
import { LanguageStore, SessionStore, UiText, translateText } from '@lc/web-shared-data-access';
import { ErrorBanner, LoadingIndicator, PageHeading } from '@lc/web-shared-ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { CommuneRanking } from '../commune-ranking/commune-ranking';
import { KpiCellTable } from '../kpi-cell-table/kpi-cell-table';
import { KpiCard } from '../kpi-card/kpi-card';
import { KpiChart } from '../kpi-chart/kpi-chart';
import { ExportActions } from '../kpi-export/export-actions';
import { ShownKpi, formatCount, formatPercent, kpiName, kpiShortCode, noRosterKey, reportKpis } from '../kpi-format';
import { KpiTrendView } from '../kpi-trend/kpi-trend';
import { progressView } from './progress-view';

const YEARS_SHOWN = 5;

/**
 * KPIs by area and year for analysts, within the areas their grants cover: the city with its ranked communes, a
 * commune (and, for its own analysts only, its residential groups), with trends, breakdowns, exports and a print.
 */
@Component({
  selector: 'lp-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [DashboardStore],
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    PageHeading,
    ErrorBanner,
    LoadingIndicator,
    KpiCard,
    KpiChart,
    KpiCellTable,
    KpiTrendView,
    CommuneRanking,
    ExportActions,
  ],
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.scss',
})
export class DashboardPage {
  protected readonly store = inject(DashboardStore);
  protected readonly ui = inject(UiText);
  private readonly session = inject(SessionStore);
  private readonly translate = inject(TranslateService);
  protected readonly lang = inject(LanguageStore).lang;
  private readonly reportHeading = viewChild<ElementRef<HTMLElement>>('reportHeading');

  private readonly currentYear = new Date().getFullYear();
  protected readonly today = new Date();
  protected readonly years = Array.from({ length: YEARS_SHOWN }, (_, i) => this.currentYear - i);
  protected readonly dimensions = KPI_DIMENSIONS;
  protected readonly yearControl = new FormControl(this.currentYear, { nonNullable: true });
  protected readonly byControl = new FormControl<KpiDimension>('sex', { nonNullable: true });
  protected readonly areaControl = new FormControl<AreaChoice | string | null>(null);

  private readonly year = signal(this.currentYear);
  private readonly areaQuery = signal('');
  private readonly focusReport = signal(false);
  protected readonly shownCommunes = signal<KpiCommuneRanking['rows'] | null>(null);
  protected readonly area = signal<AreaChoice | null>(null);

  protected readonly choices = computed(() =>
    analystAreaChoices(this.store.communes(), this.session.grants('analyst')),
  );
  protected readonly cityChoice = computed(() => this.choices().find((choice) => choice.kind === 'city') ?? null);
  protected readonly filteredChoices = computed(() => {
    const query = searchKey(this.areaQuery());
    const choices = this.choices();
    if (!query) return choices;
    return choices.filter((choice) => searchKey(this.areaName(choice)).includes(query));
  });
  /** A new function when the language changes, so the tables and charts that name KPIs redraw. */
  protected readonly kpiName = computed(() => {
    this.lang();
    return (code: string) => kpiName(this.translate, code);
  });
  /** K0 … K4: the rollups' KPIs and the rosters' K0, K2 together. */
  protected readonly kpis = computed(() => {
    const report = this.store.report();
    return report ? reportKpis(report) : [];
  });
  protected readonly rows = computed(() => {
    const lang = this.lang();
    const percent = (v: number | null) => (v === null ? '—' : formatPercent(v, lang));
    return this.kpis().map((kpi) => ({
      code: kpi.code,
      shortCode: kpiShortCode(kpi.code),
      numerator: formatCount(kpi.numerator, lang),
      denominator: formatCount(kpi.denominator, lang),
      value: percent(kpi.value),
      target2025: percent(kpi.target2025),
      target2030: percent(kpi.target2030),
    }));
  });
  protected readonly progress = computed(() => {
    const report = this.store.report();
    return report ? progressView(report, this.lang(), this.translate) : null;
  });
  protected readonly breakdownRows = computed(() =>
    (this.store.breakdown()?.rows ?? []).map((row) => ({
      key: row.key,
      label: (this.lang() === 'en' && row.label.en) || row.label.vi,
      kpis: row.kpis,
    })),
  );
  protected readonly groupRows = computed(() =>
    (this.store.groups()?.rows ?? []).map((row) => ({ key: row.areaId, label: row.areaName, kpis: row.kpis })),
  );
  protected readonly exportData = computed(() => {
    const report = this.store.report();
    if (!report) return null;
    const ranking = this.store.ranking() ? this.shownCommunes() : null;
    return { report, communes: ranking, breakdown: this.store.breakdown(), groups: this.store.groups() };
  });
  protected readonly displayArea = (value: AreaChoice | string | null): string =>
    value === null ? '' : typeof value === 'string' ? value : this.areaName(value);

  constructor() {
    this.yearControl.valueChanges.pipe(takeUntilDestroyed()).subscribe((year) => this.year.set(year));
    this.byControl.valueChanges.pipe(takeUntilDestroyed()).subscribe((by) => {
      const area = this.area();
      if (area) this.store.loadBreakdown(area.id, this.year(), by);
    });
    this.areaControl.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((value) => this.areaQuery.set(typeof value === 'string' ? value : ''));
    // Until the communes arrive a city grant looks like any other area, and the city would miss its ranking.
    effect(() => {
      const first = this.choices()[0];
      if (first && this.store.communesLoaded() && !untracked(this.area)) untracked(() => this.pick(first));
    });
    effect(() => {
      const area = this.area();
      const year = this.year();
      if (!area) return;
      const withGroups = area.kind === 'commune' && mayDrillToGroups(area.id, this.session.grants('analyst'));
      untracked(() => this.store.loadArea({ id: area.id, level: area.kind, withGroups }, year, this.byControl.value));
    });
    // After a drill-down, keyboard and screen-reader users land on the new area's heading, not back at the top.
    effect(() => {
      const heading = this.reportHeading();
      if (this.focusReport() && heading && !this.store.loading()) {
        heading.nativeElement.focus();
        this.focusReport.set(false);
      }
    });
    this.store.loadCommunes();
  }

  protected onAreaSelected(event: MatAutocompleteSelectedEvent): void {
    this.pick(event.option.value as AreaChoice);
  }

  /** Leaving the field with unfinished text puts the chosen area's name back. */
  protected restoreArea(): void {
    if (typeof this.areaControl.value === 'string' || this.areaControl.value === null) {
      this.areaControl.setValue(this.area(), { emitEvent: false });
      this.areaQuery.set('');
    }
  }

  protected drillTo(areaId: string | null): void {
    const choice = this.choices().find((c) => c.id === areaId);
    if (!choice) return;
    this.pick(choice);
    this.focusReport.set(true);
  }

  protected areaName(choice: AreaChoice): string {
    return choice.name ?? translateText(this.translate, 'reporting.city');
  }

  /** What the card's figure leaves out: unverified evidence (K3, K4), or a roster not imported yet (K0, K2). */
  protected cardNote(kpi: ShownKpi): string | null {
    const evidence = kpi.code === 'K3' || kpi.code === 'K4' ? 'reporting.evidenceNote' : null;
    const key = evidence ?? noRosterKey(kpi) ?? (kpi.code === 'K0' ? 'reporting.k0Note' : null);
    return key ? translateText(this.translate, key) : null;
  }

  private pick(choice: AreaChoice): void {
    this.area.set(choice);
    this.areaControl.setValue(choice, { emitEvent: false });
    this.areaQuery.set('');
  }
}

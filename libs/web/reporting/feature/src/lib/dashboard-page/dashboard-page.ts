import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule, MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { KpiValue } from '@lc/shared-contracts';
import { AreaChoice, DashboardStore, analystAreaChoices, searchKey } from '@lc/web-reporting-data-access';
import { LanguageStore, SessionStore } from '@lc/web-shared-data-access';
import { ErrorBanner, LoadingIndicator, PageHeading } from '@lc/web-shared-ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { KpiCard } from '../kpi-card/kpi-card';
import { formatCount, formatPercent, kpiShortCode } from '../kpi-format';

const YEARS_SHOWN = 5;

/** KPIs by area and year for analysts, within the areas their grants cover. */
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
  ],
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.scss',
})
export class DashboardPage {
  protected readonly store = inject(DashboardStore);
  private readonly session = inject(SessionStore);
  private readonly translate = inject(TranslateService);
  protected readonly lang = inject(LanguageStore).lang;

  private readonly currentYear = new Date().getFullYear();
  protected readonly years = Array.from({ length: YEARS_SHOWN }, (_, i) => this.currentYear - i);
  protected readonly yearControl = new FormControl(this.currentYear, { nonNullable: true });
  protected readonly areaControl = new FormControl<AreaChoice | string | null>(null);

  private readonly year = signal(this.currentYear);
  private readonly areaQuery = signal('');
  protected readonly area = signal<AreaChoice | null>(null);

  protected readonly choices = computed(() =>
    analystAreaChoices(this.store.communes(), this.session.grants('analyst')),
  );
  protected readonly filteredChoices = computed(() => {
    const query = searchKey(this.areaQuery());
    const choices = this.choices();
    if (!query) return choices;
    return choices.filter((choice) => searchKey(this.areaName(choice)).includes(query));
  });
  protected readonly rows = computed(() => {
    const lang = this.lang();
    const percent = (v: number | null) => (v === null ? '—' : formatPercent(v, lang));
    return (this.store.report()?.kpis ?? []).map((kpi: KpiValue) => ({
      code: kpi.code,
      shortCode: kpiShortCode(kpi.code),
      numerator: formatCount(kpi.numerator, lang),
      denominator: formatCount(kpi.denominator, lang),
      value: percent(kpi.value),
      target2025: percent(kpi.target2025),
      target2030: percent(kpi.target2030),
    }));
  });
  protected readonly displayArea = (value: AreaChoice | string | null): string =>
    value === null ? '' : typeof value === 'string' ? value : this.areaName(value);

  constructor() {
    this.yearControl.valueChanges.pipe(takeUntilDestroyed()).subscribe((year) => this.year.set(year));
    this.areaControl.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((value) => this.areaQuery.set(typeof value === 'string' ? value : ''));
    effect(() => {
      const first = this.choices()[0];
      if (first && !untracked(this.area)) untracked(() => this.pick(first));
    });
    effect(() => {
      const area = this.area();
      const year = this.year();
      if (area) untracked(() => this.store.loadReport(area.id, year));
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

  protected areaName(choice: AreaChoice): string {
    return choice.name ?? (this.translate.instant('reporting.city') as string);
  }

  private pick(choice: AreaChoice): void {
    this.area.set(choice);
    this.areaControl.setValue(choice, { emitEvent: false });
    this.areaQuery.set('');
  }
}

import { Injectable, WritableSignal, inject, signal } from '@angular/core';
import {
  Area,
  KpiBreakdown,
  KpiCommuneRanking,
  KpiDimension,
  KpiGroups,
  KpiReport,
  KpiTrend,
} from '@lc/shared-contracts';
import { UiMessage, failureMessage } from '@lc/web-shared-data-access';
import { Observable, Subscription } from 'rxjs';
import { ReportingApi } from './reporting-api';

/** Years shown in the trend, the chosen one included. */
export const TREND_YEARS = 5;

/** The API refuses earlier years (YEAR_INVALID) and leaves out the years its rollups do not keep. */
const FIRST_YEAR = 2020;

/** The trend's years up to the chosen one, never before the first the API accepts. */
export function trendRange(year: number): { from: number; to: number } {
  return { from: Math.min(year, Math.max(FIRST_YEAR, year - TREND_YEARS + 1)), to: year };
}

/** What the drill-down needs of an area. */
export interface DashboardArea {
  id: string | null;
  /** The city's communes are ranked; a commune's groups are shown to its own analysts only. */
  level: 'city' | 'commune' | 'other';
  withGroups: boolean;
}

/**
 * The communes to choose from and, for the chosen area and year, its KPIs, trend and breakdown, plus the ranking of
 * communes (the city) or its residential groups (a commune, for its own analysts). A newer choice cancels the
 * requests of the one before, so a slow answer never overwrites a newer one.
 */
@Injectable()
export class DashboardStore {
  private readonly api = inject(ReportingApi);
  private readonly requests = new Map<string, Subscription>();

  private readonly _communes = signal<Area[]>([]);
  private readonly _communesLoaded = signal(false);
  private readonly _report = signal<KpiReport | null>(null);
  private readonly _trend = signal<KpiTrend | null>(null);
  private readonly _breakdown = signal<KpiBreakdown | null>(null);
  private readonly _ranking = signal<KpiCommuneRanking | null>(null);
  private readonly _groups = signal<KpiGroups | null>(null);
  private readonly _loading = signal(false);
  private readonly _error = signal<UiMessage | null>(null);

  readonly communes = this._communes.asReadonly();
  readonly communesLoaded = this._communesLoaded.asReadonly();
  readonly report = this._report.asReadonly();
  readonly trend = this._trend.asReadonly();
  readonly breakdown = this._breakdown.asReadonly();
  readonly ranking = this._ranking.asReadonly();
  readonly groups = this._groups.asReadonly();
  readonly loading = this._loading.asReadonly();
  readonly error = this._error.asReadonly();

  loadCommunes(): void {
    this.api.communes().subscribe({
      next: (communes) => {
        this._communes.set(communes);
        this._communesLoaded.set(true);
      },
      error: (err: unknown) => {
        this._communesLoaded.set(true);
        this._error.set(failureMessage(err));
      },
    });
  }

  /** Everything the page shows for an area and year. */
  loadArea(area: DashboardArea, year: number, by: KpiDimension): void {
    this._error.set(null);
    this._loading.set(true);
    this.fetch('report', this.api.kpis(area.id, year), this._report, () => this._loading.set(false));
    const { from, to } = trendRange(year);
    this.fetch('trend', this.api.trend(area.id, from, to), this._trend);
    this.loadBreakdown(area.id, year, by);
    if (area.level === 'city') this.fetch('ranking', this.api.ranking(year), this._ranking);
    else this.drop('ranking', this._ranking);
    if (area.withGroups && area.id) this.fetch('groups', this.api.groups(area.id, year), this._groups);
    else this.drop('groups', this._groups);
  }

  loadBreakdown(areaId: string | null, year: number, by: KpiDimension): void {
    this.fetch('breakdown', this.api.breakdown(areaId, year, by), this._breakdown);
  }

  /** The report stays on screen while its successor loads (the page marks it busy); the rest clears at once. */
  private fetch<T>(key: string, request: Observable<T>, target: WritableSignal<T | null>, done?: () => void): void {
    this.requests.get(key)?.unsubscribe();
    if (!done) target.set(null);
    this.requests.set(
      key,
      request.subscribe({
        next: (value) => {
          target.set(value);
          done?.();
        },
        error: (err: unknown) => {
          target.set(null);
          done?.();
          this._error.set(failureMessage(err));
        },
      }),
    );
  }

  private drop<T>(key: string, target: WritableSignal<T | null>): void {
    this.requests.get(key)?.unsubscribe();
    target.set(null);
  }
}

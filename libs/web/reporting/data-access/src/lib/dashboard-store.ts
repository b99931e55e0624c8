import { Injectable, inject, signal } from '@angular/core';
import { Area, KpiReport } from '@lc/shared-contracts';
import { apiErrorMessage } from '@lc/web-shared-data-access';
import { TranslateService } from '@ngx-translate/core';
import { Subscription } from 'rxjs';
import { ReportingApi } from './reporting-api';

/** The communes to choose from and the KPI report for the chosen area and year. */
@Injectable()
export class DashboardStore {
  private readonly api = inject(ReportingApi);
  private readonly translate = inject(TranslateService);
  private reportRequest: Subscription | null = null;

  private readonly _communes = signal<Area[]>([]);
  private readonly _communesLoaded = signal(false);
  private readonly _report = signal<KpiReport | null>(null);
  private readonly _loading = signal(false);
  private readonly _error = signal<string | null>(null);

  readonly communes = this._communes.asReadonly();
  readonly communesLoaded = this._communesLoaded.asReadonly();
  readonly report = this._report.asReadonly();
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
        this._error.set(apiErrorMessage(err, this.translate));
      },
    });
  }

  loadReport(areaId: string | null, year: number): void {
    this.reportRequest?.unsubscribe();
    this._loading.set(true);
    this._error.set(null);
    this.reportRequest = this.api.kpis(areaId, year).subscribe({
      next: (report) => {
        this._report.set(report);
        this._loading.set(false);
      },
      error: (err: unknown) => {
        this._report.set(null);
        this._loading.set(false);
        this._error.set(apiErrorMessage(err, this.translate));
      },
    });
  }
}

import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { CalibrationRun } from '@lc/shared-contracts';
import { CalibrationApi } from '@lc/web-assessment-data-access';
import { apiErrorMessage } from '@lc/web-shared-data-access';
import { ErrorBanner, PageHeading } from '@lc/web-shared-ui';
import { firstValueFrom } from 'rxjs';

/** How often the page asks whether a running calibration has finished. */
const POLL_MS = 2000;

/** City admin: re-estimates the assessment's item parameters from the answers collected, and shows each run. */
@Component({
  selector: 'lp-calibration-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslatePipe, PageHeading, ErrorBanner],
  templateUrl: './calibration-page.html',
})
export class CalibrationPage {
  private readonly api = inject(CalibrationApi);
  private readonly translate = inject(TranslateService);

  protected readonly runs = signal<CalibrationRun[] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly starting = signal(false);
  protected readonly running = computed(() => this.runs()?.some((r) => r.status === 'running') ?? false);

  constructor() {
    void this.load();
    const timer = setInterval(() => this.running() && void this.load(), POLL_MS);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  protected async load(): Promise<void> {
    try {
      this.runs.set(await firstValueFrom(this.api.list()));
      this.error.set(null);
    } catch (err) {
      this.error.set(apiErrorMessage(err, this.translate));
    }
  }

  protected async start(): Promise<void> {
    if (this.starting()) return;
    this.starting.set(true);
    try {
      const run = await firstValueFrom(this.api.start());
      this.runs.update((runs) => [run, ...(runs ?? []).filter((r) => r.id !== run.id)]);
      this.error.set(null);
    } catch (err) {
      this.error.set(apiErrorMessage(err, this.translate));
    } finally {
      this.starting.set(false);
    }
  }

  protected params(run: CalibrationRun): Record<string, unknown> {
    return { minResponses: run.minResponses, ...run.summary };
  }

  /** A cut on the ability scale, as a reviewer compares them: two decimals. */
  protected theta(value: number | null): string {
    return value === null ? '—' : value.toFixed(2);
  }

  protected when(iso: string | null): string {
    return iso ? new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '';
  }
}

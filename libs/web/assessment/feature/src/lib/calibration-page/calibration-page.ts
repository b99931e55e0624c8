import { ChangeDetectionStrategy, Component, DestroyRef, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import { CalibrationRun } from '@lc/shared-contracts';
import { CalibrationStore } from '@lc/web-assessment-data-access';
import { UiText } from '@lc/web-shared-data-access';
import { ErrorBanner, PageHeading } from '@lc/web-shared-ui';

/** How often the page asks whether a running calibration has finished. */
const POLL_MS = 2000;

/** City admin: re-estimates the assessment's item parameters from the answers collected, and shows each run. */
@Component({
  selector: 'lp-calibration-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslatePipe, PageHeading, ErrorBanner],
  providers: [CalibrationStore],
  templateUrl: './calibration-page.html',
})
export class CalibrationPage {
  protected readonly store = inject(CalibrationStore);
  protected readonly ui = inject(UiText);

  constructor() {
    void this.store.load();
    const timer = setInterval(() => this.store.running() && void this.store.load(), POLL_MS);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
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

import { Injectable, computed, inject, signal } from '@angular/core';
import { CalibrationRun } from '@lc/shared-contracts';
import { UiMessage, failureMessage } from '@lc/web-shared-data-access';
import { firstValueFrom } from 'rxjs';
import { CalibrationApi } from './calibration-api';

/** The assessment's calibration runs, newest first, and the start of a new one (city admins). */
@Injectable()
export class CalibrationStore {
  private readonly api = inject(CalibrationApi);

  private readonly _runs = signal<CalibrationRun[] | null>(null);
  private readonly _starting = signal(false);
  private readonly _error = signal<UiMessage | null>(null);

  readonly runs = this._runs.asReadonly();
  readonly starting = this._starting.asReadonly();
  readonly error = this._error.asReadonly();
  readonly running = computed(() => this._runs()?.some((r) => r.status === 'running') ?? false);

  async load(): Promise<void> {
    try {
      this._runs.set(await firstValueFrom(this.api.list()));
      this._error.set(null);
    } catch (err) {
      this._error.set(failureMessage(err));
    }
  }

  /** Starts a run; pressing again while one starts does nothing, and the API hands back a run already going. */
  async start(): Promise<void> {
    if (this._starting()) return;
    this._starting.set(true);
    try {
      const run = await firstValueFrom(this.api.start());
      this._runs.update((runs) => [run, ...(runs ?? []).filter((r) => r.id !== run.id)]);
      this._error.set(null);
    } catch (err) {
      this._error.set(failureMessage(err));
    } finally {
      this._starting.set(false);
    }
  }
}

import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Application } from '@lc/shared-contracts';
import { apiErrorMessage } from '@lc/web-shared-data-access';
import { TranslateService } from '@ngx-translate/core';
import { Observable, switchMap } from 'rxjs';
import { ApplicationsApi } from './applications-api';

export type MyApplicationNotice = 'saved' | 'submitted' | null;

/** The signed-in citizen's application for one year: load, start, save scores, submit. */
@Injectable()
export class MyApplicationStore {
  private readonly api = inject(ApplicationsApi);
  private readonly translate = inject(TranslateService);

  private readonly _application = signal<Application | null>(null);
  private readonly _loading = signal(false);
  private readonly _busy = signal(false);
  private readonly _loaded = signal(false);
  private readonly _error = signal<string | null>(null);
  private readonly _notice = signal<MyApplicationNotice>(null);

  readonly application = this._application.asReadonly();
  readonly loading = this._loading.asReadonly();
  readonly busy = this._busy.asReadonly();
  readonly error = this._error.asReadonly();
  /** A translation-free code for the last success, shown by the page. */
  readonly notice = this._notice.asReadonly();
  /** Loaded and the citizen has not started an application for the year. */
  readonly missing = computed(() => this._loaded() && this._application() === null);
  readonly editable = computed(() => {
    const status = this._application()?.status;
    return status === 'draft' || status === 'returned';
  });

  load(year: number): void {
    this._loading.set(true);
    this._error.set(null);
    this.api.getMine(year).subscribe({
      next: (application) => this.finishLoad(application),
      error: (err: unknown) => {
        if (err instanceof HttpErrorResponse && err.status === 404) {
          this.finishLoad(null);
        } else {
          this._loading.set(false);
          this._error.set(apiErrorMessage(err, this.translate));
        }
      },
    });
  }

  start(year: number): void {
    this.run(this.api.start(year), null);
  }

  save(scores: Record<string, number>): void {
    const application = this._application();
    if (application) this.run(this.api.saveScores(application.id, { scores }), 'saved');
  }

  /** Saves the scores on screen first, so nothing typed is lost, then submits. */
  submit(scores: Record<string, number>): void {
    const application = this._application();
    if (!application) return;
    const request = this.api
      .saveScores(application.id, { scores })
      .pipe(switchMap((saved) => this.api.submit(saved.id)));
    this.run(request, 'submitted');
  }

  private finishLoad(application: Application | null): void {
    this._application.set(application);
    this._loaded.set(true);
    this._loading.set(false);
  }

  private run(request: Observable<Application>, notice: MyApplicationNotice): void {
    this._busy.set(true);
    this._error.set(null);
    this._notice.set(null);
    request.subscribe({
      next: (application) => {
        this._application.set(application);
        this._loaded.set(true);
        this._busy.set(false);
        this._notice.set(notice);
      },
      error: (err: unknown) => {
        this._busy.set(false);
        this._error.set(apiErrorMessage(err, this.translate));
      },
    });
  }
}

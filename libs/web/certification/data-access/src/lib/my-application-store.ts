import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Application } from '@lc/shared-contracts';
import { UiMessage, failureMessage } from '@lc/web-shared-data-access';
import { Observable, switchMap } from 'rxjs';
import { ApplicationsApi } from './applications-api';

export type MyApplicationNotice = 'saved' | 'submitted' | null;
/** The quiet save of scores as they are typed: 'failed' means the server does not have them. */
export type AutosaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** The same scores always give the same text, whatever order they were chosen in. */
const scoresText = (scores: Record<string, number>) =>
  JSON.stringify(
    Object.keys(scores)
      .sort()
      .map((code) => [code, scores[code]]),
  );

/** The signed-in citizen's application for one year: load, start, save scores, submit. */
@Injectable()
export class MyApplicationStore {
  private readonly api = inject(ApplicationsApi);

  private readonly _application = signal<Application | null>(null);
  private readonly _loading = signal(false);
  private readonly _busy = signal(false);
  private readonly _loaded = signal(false);
  private readonly _error = signal<UiMessage | null>(null);
  private readonly _failure = signal<{ err: unknown } | null>(null);
  private readonly _notice = signal<MyApplicationNotice>(null);
  private readonly _autosave = signal<AutosaveState>('idle');
  /** The scores the server is known to hold. */
  private readonly _savedScores = signal(scoresText({}));
  /** One key per intended submission, kept until it succeeds: a retry after a lost answer is not a second one. */
  private submitKey = crypto.randomUUID();

  readonly application = this._application.asReadonly();
  readonly loading = this._loading.asReadonly();
  readonly busy = this._busy.asReadonly();
  /** Why the application could not be loaded: nothing else is on the page to attach it to. */
  readonly error = this._error.asReadonly();
  /** The last refused start, save or submit, as it came: the page words it in its error summary. */
  readonly failure = this._failure.asReadonly();
  /** A translation-free code for the last success, shown by the page. */
  readonly notice = this._notice.asReadonly();
  readonly autosaveState = this._autosave.asReadonly();
  /** Loaded and the citizen has not started an application for the year. */
  readonly missing = computed(() => this._loaded() && this._application() === null);
  readonly editable = computed(() => {
    const status = this._application()?.status;
    return status === 'draft' || status === 'returned';
  });

  /** True when the server already holds exactly these scores (reactive: read inside a computed). */
  holds(scores: Record<string, number>): boolean {
    return this._savedScores() === scoresText(scores);
  }

  /**
   * Saves scores as they are typed, without the busy state or a notice, and without replacing the application
   * on screen, so an answer arriving late never overwrites a score chosen meanwhile.
   */
  autosave(scores: Record<string, number>): void {
    const application = this._application();
    if (!application) return;
    this._autosave.set('saving');
    this.api.saveScores(application.id, { scores }).subscribe({
      next: () => {
        this._savedScores.set(scoresText(scores));
        this._autosave.set('saved');
      },
      error: () => this._autosave.set('failed'),
    });
  }

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
          this._error.set(failureMessage(err));
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
      .pipe(switchMap((saved) => this.api.submit(saved.id, this.submitKey)));
    this.run(request, 'submitted');
  }

  private finishLoad(application: Application | null): void {
    this.setApplication(application);
    this._loaded.set(true);
    this._loading.set(false);
  }

  private run(request: Observable<Application>, notice: MyApplicationNotice): void {
    this._busy.set(true);
    this._failure.set(null);
    this._notice.set(null);
    request.subscribe({
      next: (application) => {
        this.setApplication(application);
        if (notice === 'submitted') this.submitKey = crypto.randomUUID();
        this._loaded.set(true);
        this._busy.set(false);
        this._notice.set(notice);
      },
      error: (err: unknown) => {
        this._busy.set(false);
        this._failure.set({ err });
      },
    });
  }

  private setApplication(application: Application | null): void {
    this._application.set(application);
    this._savedScores.set(scoresText(application?.scores ?? {}));
    this._autosave.set('idle');
  }
}

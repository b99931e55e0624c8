import { Injectable, inject, signal } from '@angular/core';
import { CourseDetail } from '@lc/shared-contracts';
import { MyLearningApi } from '@lc/web-records-data-access';
import {
  PageStatus,
  SessionStore,
  UiMessage,
  XapiOutbox,
  XapiOutcome,
  failureMessage,
} from '@lc/web-shared-data-access';
import { firstValueFrom } from 'rxjs';
import { CoursesApi } from './courses-api';

const completes = (statement: Record<string, unknown>): boolean =>
  (statement['result'] as { completion?: unknown } | undefined)?.completion === true;

/** One course as a learner opens it: its detail, the lessons they have done, and what they do in its materials. */
@Injectable()
export class CourseStore {
  private readonly api = inject(CoursesApi);
  private readonly progress = inject(MyLearningApi);
  private readonly outbox = inject(XapiOutbox);
  private readonly session = inject(SessionStore);
  private readonly pageStatus = inject(PageStatus);

  private readonly _course = signal<CourseDetail | null>(null);
  private readonly _error = signal<UiMessage | null>(null);
  private readonly _done = signal<ReadonlySet<string>>(new Set());

  readonly course = this._course.asReadonly();
  readonly error = this._error.asReadonly();
  /** The materials the citizen has completed, ticked in the outline. */
  readonly done = this._done.asReadonly();

  async load(courseId: string): Promise<void> {
    this._error.set(null);
    this._course.set(null);
    try {
      this._course.set(await firstValueFrom(this.api.course(courseId)));
    } catch (err) {
      this.pageStatus.loadFailed(err);
      this._error.set(failureMessage(err));
    }
    await this.loadDone(courseId);
  }

  /**
   * H5P results are browser-reported: the server keeps them as `reported` evidence, never as test results.
   * The outbox sends a citizen's statements, or keeps them on the phone while it is offline. Resolves to the
   * outcome of a statement with a result, null for any other (or a failure, which the error then says).
   */
  async record(materialId: string, statement: Record<string, unknown>): Promise<XapiOutcome | null> {
    try {
      const outcome = await this.outbox.record(materialId, statement);
      if (outcome === 'skipped' || !statement['result']) return null;
      if (completes(statement)) this._done.update((done) => new Set([...done, materialId]));
      return outcome;
    } catch (err) {
      this._error.set(failureMessage(err));
      return null;
    }
  }

  /** The ticks are a help, not the page: if they cannot load, the course still shows without them. */
  private async loadDone(courseId: string): Promise<void> {
    this._done.set(new Set());
    if (!this.session.hasRole('citizen')) return;
    try {
      const mine = (await firstValueFrom(this.progress.courseProgress())).find((c) => c.courseId === courseId);
      this._done.set(new Set(mine?.lessons.filter((l) => l.done).map((l) => l.materialId)));
    } catch {
      this._done.set(new Set());
    }
  }
}

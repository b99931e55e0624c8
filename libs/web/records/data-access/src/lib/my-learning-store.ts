import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Application, CourseProgress, LearningRecord } from '@lc/shared-contracts';
import { UiMessage, failureMessage } from '@lc/web-shared-data-access';
import { Observable, catchError, firstValueFrom, forkJoin, of, throwError } from 'rxjs';
import { applicationTimeline } from './application-timeline';
import { MyLearningApi } from './my-learning-api';
import { pastResults } from './past-results';

/** Everything the "Việc học của tôi" page shows: courses, results, records and this year's application. */
@Injectable()
export class MyLearningStore {
  private readonly api = inject(MyLearningApi);

  private readonly _courses = signal<CourseProgress[]>([]);
  private readonly _records = signal<LearningRecord[]>([]);
  private readonly _application = signal<Application | null>(null);
  private readonly _loading = signal(false);
  private readonly _loaded = signal(false);
  private readonly _error = signal<UiMessage | null>(null);

  readonly loading = this._loading.asReadonly();
  readonly loaded = this._loaded.asReadonly();
  readonly error = this._error.asReadonly();
  readonly records = this._records.asReadonly();
  readonly application = this._application.asReadonly();
  readonly inProgress = computed(() => this._courses().filter((c) => !c.completed));
  readonly completed = computed(() => this._courses().filter((c) => c.completed));
  readonly results = computed(() => pastResults(this._records()));
  readonly timeline = computed(() => {
    const application = this._application();
    return application ? applicationTimeline(application) : null;
  });

  async load(year: number): Promise<void> {
    this._loading.set(true);
    this._error.set(null);
    try {
      const noApplication = catchError<Application | null, Observable<Application | null>>((err: unknown) =>
        err instanceof HttpErrorResponse && err.status === 404 ? of(null) : throwError(() => err),
      );
      const loaded = await firstValueFrom(
        forkJoin({
          courses: this.api.courseProgress(),
          records: this.api.records(),
          application: this.api.application(year).pipe(noApplication),
        }),
      );
      this._courses.set(loaded.courses);
      this._records.set(loaded.records);
      this._application.set(loaded.application);
      this._loaded.set(true);
    } catch (err) {
      this._error.set(failureMessage(err));
    } finally {
      this._loading.set(false);
    }
  }
}

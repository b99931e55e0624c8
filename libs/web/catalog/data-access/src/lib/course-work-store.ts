import { computed, inject, signal } from '@angular/core';
import { CourseDetail, CourseSummary } from '@lc/shared-contracts';
import { Observable, firstValueFrom } from 'rxjs';
import { CoursesApi } from './courses-api';

/**
 * What the trainer's and the reviewer's stores share: a list of courses, the one open, and a busy flag while a
 * request runs. Actions reject with the HTTP error for the page to show.
 */
export abstract class CourseWorkStore {
  protected readonly api = inject(CoursesApi);
  protected readonly list = signal<CourseSummary[] | null>(null);
  protected readonly current = signal<CourseDetail | null>(null);
  private readonly pending = signal(0);

  readonly courses = this.list.asReadonly();
  readonly course = this.current.asReadonly();
  readonly busy = computed(() => this.pending() > 0);

  async open(courseId: string): Promise<void> {
    this.current.set(await this.track(this.api.course(courseId)));
  }

  protected requireId(): string {
    const course = this.current();
    if (!course) throw new Error('No course is open');
    return course.id;
  }

  protected async track<T>(source: Observable<T>): Promise<T> {
    this.pending.update((n) => n + 1);
    try {
      return await firstValueFrom(source);
    } finally {
      this.pending.update((n) => n - 1);
    }
  }
}

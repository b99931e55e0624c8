import { Injectable, computed, inject, signal } from '@angular/core';
import { CourseDetail, CourseSummary } from '@lc/shared-contracts';
import { Observable, firstValueFrom } from 'rxjs';
import { CoursesApi } from './courses-api';

/** Courses waiting for a content reviewer. Actions reject with the HTTP error for the page to show. */
@Injectable({ providedIn: 'root' })
export class ReviewStore {
  private readonly api = inject(CoursesApi);
  private readonly list = signal<CourseSummary[] | null>(null);
  private readonly current = signal<CourseDetail | null>(null);
  private readonly pending = signal(0);

  readonly courses = this.list.asReadonly();
  readonly course = this.current.asReadonly();
  readonly busy = computed(() => this.pending() > 0);

  async load(): Promise<void> {
    this.list.set(await this.track(this.api.inReview()));
  }

  async open(courseId: string): Promise<void> {
    this.current.set(await this.track(this.api.course(courseId)));
  }

  async publish(): Promise<CourseDetail> {
    return this.done(await this.track(this.api.publish(this.requireId())));
  }

  async returnToAuthor(reason: string): Promise<CourseDetail> {
    return this.done(await this.track(this.api.returnToAuthor(this.requireId(), { reason })));
  }

  /** A decided course leaves the queue. */
  private done(course: CourseDetail): CourseDetail {
    this.current.set(null);
    this.list.update((list) => (list ?? []).filter((c) => c.id !== course.id));
    return course;
  }

  private requireId(): string {
    const course = this.current();
    if (!course) throw new Error('No course is open');
    return course.id;
  }

  private async track<T>(source: Observable<T>): Promise<T> {
    this.pending.update((n) => n + 1);
    try {
      return await firstValueFrom(source);
    } finally {
      this.pending.update((n) => n - 1);
    }
  }
}

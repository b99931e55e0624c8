import { Injectable, computed, inject, signal } from '@angular/core';
import { CourseDetail, CourseSummary, CreateCourseRequest, CreateTestMaterialRequest } from '@lc/shared-contracts';
import { Observable, firstValueFrom } from 'rxjs';
import { CoursesApi } from './courses-api';

/** A trainer's own courses and the one being edited. Actions reject with the HTTP error for the page to show. */
@Injectable({ providedIn: 'root' })
export class TrainerStore {
  private readonly api = inject(CoursesApi);
  private readonly list = signal<CourseSummary[] | null>(null);
  private readonly current = signal<CourseDetail | null>(null);
  private readonly pending = signal(0);

  readonly courses = this.list.asReadonly();
  readonly course = this.current.asReadonly();
  readonly busy = computed(() => this.pending() > 0);
  /** Only drafts can take new materials or be submitted. */
  readonly editable = computed(() => this.current()?.status === 'draft');

  async load(): Promise<void> {
    this.list.set(await this.track(this.api.mine()));
  }

  async open(courseId: string): Promise<void> {
    this.current.set(await this.track(this.api.course(courseId)));
  }

  close(): void {
    this.current.set(null);
  }

  async create(req: CreateCourseRequest): Promise<CourseDetail> {
    return this.apply(await this.track(this.api.create(req)));
  }

  async uploadH5p(file: File, title: string): Promise<CourseDetail> {
    return this.apply(await this.track(this.api.uploadH5p(this.requireId(), file, title)));
  }

  async addTest(req: CreateTestMaterialRequest): Promise<CourseDetail> {
    return this.apply(await this.track(this.api.addTest(this.requireId(), req)));
  }

  async submitForReview(): Promise<CourseDetail> {
    return this.apply(await this.track(this.api.submitForReview(this.requireId())));
  }

  private apply(course: CourseDetail): CourseDetail {
    this.current.set(course);
    this.list.update((list) => [course, ...(list ?? []).filter((c) => c.id !== course.id)]);
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

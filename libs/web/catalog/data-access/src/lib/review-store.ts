import { Injectable, signal } from '@angular/core';
import { CourseDetail, CourseTestReview } from '@lc/shared-contracts';
import { CourseWorkStore } from './course-work-store';

/** Courses waiting for a content reviewer. Actions reject with the HTTP error for the page to show. */
@Injectable({ providedIn: 'root' })
export class ReviewStore extends CourseWorkStore {
  private readonly testItems = signal<CourseTestReview[] | null>(null);
  /** The open course's test items with their keys, so they are judged before publishing. */
  readonly tests = this.testItems.asReadonly();

  override async open(courseId: string): Promise<void> {
    this.testItems.set(null);
    await super.open(courseId);
    this.testItems.set(await this.track(this.api.testReview(courseId)));
  }

  async load(): Promise<void> {
    this.list.set(await this.track(this.api.inReview()));
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
}

import { Injectable, computed, signal } from '@angular/core';
import {
  CourseDetail,
  CreateCourseRequest,
  CreateTestMaterialRequest,
  H5pContentType,
  UpdateCourseRequest,
} from '@lc/shared-contracts';
import { CourseWorkStore } from './course-work-store';

/** A trainer's own courses and the one being edited. Actions reject with the HTTP error for the page to show. */
@Injectable({ providedIn: 'root' })
export class TrainerStore extends CourseWorkStore {
  /** Only drafts can take new materials or be submitted. */
  readonly editable = computed(() => this.current()?.status === 'draft');
  /** What an uploaded package's main library may be; null until loaded. */
  readonly contentTypes = signal<H5pContentType[] | null>(null);

  async loadContentTypes(): Promise<void> {
    this.contentTypes.set(await this.track(this.api.contentTypes()));
  }

  async load(): Promise<void> {
    this.list.set(await this.track(this.api.mine()));
  }

  close(): void {
    this.current.set(null);
  }

  async create(req: CreateCourseRequest, key: string): Promise<CourseDetail> {
    return this.apply(await this.track(this.api.create(req, key)));
  }

  async update(req: UpdateCourseRequest): Promise<CourseDetail> {
    return this.apply(await this.track(this.api.update(this.requireId(), req)));
  }

  /** Deletes the open draft; it leaves the list and the editor closes. */
  async remove(): Promise<void> {
    const id = this.requireId();
    await this.track(this.api.remove(id));
    this.current.set(null);
    this.list.update((list) => (list ?? []).filter((c) => c.id !== id));
  }

  async uploadH5p(file: File, title: string): Promise<CourseDetail> {
    return this.apply(await this.track(this.api.uploadH5p(this.requireId(), file, title)));
  }

  async deleteMaterial(materialId: string): Promise<CourseDetail> {
    return this.apply(await this.track(this.api.deleteMaterial(this.requireId(), materialId)));
  }

  async addTest(req: CreateTestMaterialRequest): Promise<CourseDetail> {
    return this.apply(await this.track(this.api.addTest(this.requireId(), req)));
  }

  async submitForReview(): Promise<CourseDetail> {
    return this.apply(await this.track(this.api.submitForReview(this.requireId())));
  }

  /** A course the H5P editor just saved to becomes the open one, as after any other change of its materials. */
  show(course: CourseDetail): CourseDetail {
    return this.apply(course);
  }

  private apply(course: CourseDetail): CourseDetail {
    this.current.set(course);
    this.list.update((list) => [course, ...(list ?? []).filter((c) => c.id !== course.id)]);
    return course;
  }
}

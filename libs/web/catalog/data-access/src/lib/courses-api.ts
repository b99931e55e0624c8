import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CompetenceFramework,
  CourseDetail,
  CourseSummary,
  CourseTestReview,
  CreateCourseRequest,
  CreateTestMaterialRequest,
  H5pContentType,
  H5pUserDataGrant,
  IDEMPOTENCY_KEY_HEADER,
  ReturnCourseRequest,
  UpdateCourseRequest,
} from '@lc/shared-contracts';
import { Observable, shareReplay } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

@Injectable({ providedIn: 'root' })
export class CoursesApi {
  private readonly http = inject(HttpClient);
  private competences$?: Observable<CompetenceFramework>;

  /** The framework changes only when an admin edits it: fetch once per page load. */
  competences(): Observable<CompetenceFramework> {
    this.competences$ ??= this.http
      .get<CompetenceFramework>('/api/competences')
      .pipe(shareReplay({ bufferSize: 1, refCount: false }));
    return this.competences$;
  }

  published(): Observable<CourseSummary[]> {
    return this.http.get<CourseSummary[]>('/api/courses');
  }

  course(courseId: string): Observable<CourseDetail> {
    return this.http.get<CourseDetail>(`/api/courses/${id(courseId)}`);
  }

  mine(): Observable<CourseSummary[]> {
    return this.http.get<CourseSummary[]>('/api/my/courses');
  }

  /** `key` stands for one intended course: a repeat with it gets the same course back, never a second one. */
  create(req: CreateCourseRequest, key: string): Observable<CourseDetail> {
    return this.http.post<CourseDetail>('/api/courses', req, { headers: { [IDEMPOTENCY_KEY_HEADER]: key } });
  }

  update(courseId: string, req: UpdateCourseRequest): Observable<CourseDetail> {
    return this.http.patch<CourseDetail>(`/api/courses/${id(courseId)}`, req);
  }

  remove(courseId: string): Observable<void> {
    return this.http.delete<void>(`/api/courses/${id(courseId)}`);
  }

  uploadH5p(courseId: string, file: File, title: string): Observable<CourseDetail> {
    const body = new FormData();
    body.append('file', file, file.name);
    body.append('title', title);
    return this.http.post<CourseDetail>(`/api/courses/${id(courseId)}/materials/h5p`, body);
  }

  deleteMaterial(courseId: string, materialId: string): Observable<CourseDetail> {
    return this.http.delete<CourseDetail>(`/api/courses/${id(courseId)}/materials/${id(materialId)}`);
  }

  addTest(courseId: string, req: CreateTestMaterialRequest): Observable<CourseDetail> {
    return this.http.post<CourseDetail>(`/api/courses/${id(courseId)}/materials/test`, req);
  }

  submitForReview(courseId: string): Observable<CourseDetail> {
    return this.http.post<CourseDetail>(`/api/courses/${id(courseId)}/submission`, {});
  }

  inReview(): Observable<CourseSummary[]> {
    return this.http.get<CourseSummary[]>('/api/review/courses');
  }

  /** The items of the course's tests with their keys: for the reviewer deciding on the course. */
  testReview(courseId: string): Observable<CourseTestReview[]> {
    return this.http.get<CourseTestReview[]>(`/api/item-review/courses/${id(courseId)}/tests`);
  }

  publish(courseId: string): Observable<CourseDetail> {
    return this.http.post<CourseDetail>(`/api/courses/${id(courseId)}/publication`, {});
  }

  returnToAuthor(courseId: string, req: ReturnCourseRequest): Observable<CourseDetail> {
    return this.http.post<CourseDetail>(`/api/courses/${id(courseId)}/return`, req);
  }

  /** The learner's saved H5P state of a material, and where the player saves it. */
  userData(materialId: string): Observable<H5pUserDataGrant> {
    return this.http.get<H5pUserDataGrant>(`/api/materials/${id(materialId)}/user-data`);
  }

  /** The content types trainers' packages may use. */
  contentTypes(): Observable<H5pContentType[]> {
    return this.http.get<H5pContentType[]>('/api/h5p/content-types');
  }
}

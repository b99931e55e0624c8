import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CourseSummary,
  CriteriaCourse,
  ImportFileRequest,
  PopulationImportResult,
  RosterImportResult,
} from '@lc/shared-contracts';
import { Observable } from 'rxjs';
import type { ImportKind } from './import-file';

const PATHS: Record<ImportKind, string> = {
  population: '/api/kpis/population-figures',
  learning_unit: '/api/kpis/rosters/learning-units',
  association: '/api/kpis/rosters/association',
};

/** The import endpoints and K0's criteria course, for the imports store only. */
@Injectable({ providedIn: 'root' })
export class ImportsApi {
  private readonly http = inject(HttpClient);

  send(kind: ImportKind, file: ImportFileRequest): Observable<PopulationImportResult | RosterImportResult> {
    return this.http.post<PopulationImportResult | RosterImportResult>(PATHS[kind], file);
  }

  criteriaCourse(): Observable<CriteriaCourse> {
    return this.http.get<CriteriaCourse>('/api/kpis/criteria-course');
  }

  setCriteriaCourse(courseId: string): Observable<CriteriaCourse> {
    return this.http.put<CriteriaCourse>('/api/kpis/criteria-course', { courseId });
  }

  publishedCourses(): Observable<CourseSummary[]> {
    return this.http.get<CourseSummary[]>('/api/courses');
  }
}

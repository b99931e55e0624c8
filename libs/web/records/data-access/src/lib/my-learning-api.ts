import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Application, CourseProgress, LearningRecord } from '@lc/shared-contracts';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class MyLearningApi {
  private readonly http = inject(HttpClient);

  courseProgress(): Observable<CourseProgress[]> {
    return this.http.get<CourseProgress[]>('/api/my/course-progress');
  }

  records(): Observable<LearningRecord[]> {
    return this.http.get<LearningRecord[]>('/api/my/records');
  }

  /** 404 APPLICATION_NOT_FOUND when the citizen has not started one for the year. */
  application(year: number): Observable<Application> {
    return this.http.get<Application>(`/api/my/applications/${year}`);
  }
}

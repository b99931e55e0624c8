import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Attempt, ItemResponse, MyTestStanding, TestIntro, TestPreview } from '@lc/shared-contracts';
import { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

@Injectable({ providedIn: 'root' })
export class AttemptsApi {
  private readonly http = inject(HttpClient);

  /** What a test of a published course is, before it starts; public. */
  intro(testId: string): Observable<TestIntro> {
    return this.http.get<TestIntro>(`/api/tests/${id(testId)}`);
  }

  /** The signed-in citizen's open attempt, latest result and retake time at a published test. */
  standing(testId: string): Observable<MyTestStanding> {
    return this.http.get<MyTestStanding>(`/api/my/tests/${id(testId)}`);
  }

  /** Returns the open attempt if there is one, so it is safe to repeat (e.g. after a dropped connection). */
  start(testId: string): Observable<Attempt> {
    return this.http.post<Attempt>(`/api/tests/${id(testId)}/attempts`, {});
  }

  /** A saved test's items as a learner gets them, for its author and content reviewers; nothing is recorded. */
  preview(testId: string): Observable<TestPreview> {
    return this.http.get<TestPreview>(`/api/tests/${id(testId)}/preview`);
  }

  get(attemptId: string): Observable<Attempt> {
    return this.http.get<Attempt>(`/api/attempts/${id(attemptId)}`);
  }

  answer(attemptId: string, itemId: string, response: ItemResponse): Observable<void> {
    return this.http.put<void>(`/api/attempts/${id(attemptId)}/answers/${id(itemId)}`, response);
  }

  submit(attemptId: string): Observable<Attempt> {
    return this.http.post<Attempt>(`/api/attempts/${id(attemptId)}/submission`, {});
  }
}

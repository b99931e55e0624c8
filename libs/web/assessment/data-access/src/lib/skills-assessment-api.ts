import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ItemResponse, SkillsAssessmentOverview, SkillsAttempt, StartSkillsAttemptRequest } from '@lc/shared-contracts';
import { Observable } from 'rxjs';

const BASE = '/api/skills-assessment';

@Injectable({ providedIn: 'root' })
export class SkillsAssessmentApi {
  private readonly http = inject(HttpClient);

  overview(): Observable<SkillsAssessmentOverview> {
    return this.http.get<SkillsAssessmentOverview>(BASE);
  }

  /** Returns the open attempt if there is one, so repeating it never starts a second. */
  start(request: StartSkillsAttemptRequest): Observable<SkillsAttempt> {
    return this.http.post<SkillsAttempt>(`${BASE}/attempts`, request);
  }

  get(attemptId: string): Observable<SkillsAttempt> {
    return this.http.get<SkillsAttempt>(`${BASE}/attempts/${encodeURIComponent(attemptId)}`);
  }

  /** Saves the answer to the question served at `position`; the server answers with the next one, or the result. */
  answer(attemptId: string, position: number, response: ItemResponse): Observable<SkillsAttempt> {
    return this.http.put<SkillsAttempt>(
      `${BASE}/attempts/${encodeURIComponent(attemptId)}/answers/${position}`,
      response,
    );
  }
}

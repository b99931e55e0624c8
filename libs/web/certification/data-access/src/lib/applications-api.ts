import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  Application,
  ApplicationStatus,
  ApplicationSummary,
  CreateDecisionRequest,
  Decision,
  IDEMPOTENCY_KEY_HEADER,
  RejectRequest,
  RevokeRequest,
  ReturnRequest,
  SaveScoresRequest,
  VerifyRequest,
} from '@lc/shared-contracts';
import { Observable } from 'rxjs';

const idempotent = (key: string) => ({ headers: { [IDEMPOTENCY_KEY_HEADER]: key } });

@Injectable({ providedIn: 'root' })
export class ApplicationsApi {
  private readonly http = inject(HttpClient);

  getMine(year: number): Observable<Application> {
    return this.http.get<Application>(`/api/my/applications/${year}`);
  }

  start(year: number): Observable<Application> {
    return this.http.post<Application>('/api/my/applications', { year });
  }

  saveScores(id: string, body: SaveScoresRequest): Observable<Application> {
    return this.http.put<Application>(`/api/applications/${id}/scores`, body);
  }

  /** `key` names this one submission: sent again (a retry), it is answered as the first, not refused. */
  submit(id: string, key: string): Observable<Application> {
    return this.http.post<Application>(`/api/applications/${id}/submission`, {}, idempotent(key));
  }

  list(status: ApplicationStatus): Observable<ApplicationSummary[]> {
    return this.http.get<ApplicationSummary[]>('/api/applications', { params: new HttpParams().set('status', status) });
  }

  get(id: string): Observable<Application> {
    return this.http.get<Application>(`/api/applications/${id}`);
  }

  verify(id: string, body: VerifyRequest): Observable<Application> {
    return this.http.post<Application>(`/api/applications/${id}/verification`, body);
  }

  return(id: string, body: ReturnRequest): Observable<Application> {
    return this.http.post<Application>(`/api/applications/${id}/return`, body);
  }

  reject(id: string, body: RejectRequest): Observable<Application> {
    return this.http.post<Application>(`/api/applications/${id}/rejection`, body);
  }

  revoke(id: string, body: RevokeRequest): Observable<Application> {
    return this.http.post<Application>(`/api/applications/${id}/revocation`, body);
  }

  createDecision(body: CreateDecisionRequest, key: string): Observable<Decision> {
    return this.http.post<Decision>('/api/decisions', body, idempotent(key));
  }
}

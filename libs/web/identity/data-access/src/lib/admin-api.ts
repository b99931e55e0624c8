import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  DisableAccountRequest,
  GrantRoleRequest,
  RevokeRoleGrantRequest,
  RoleGrant,
  UserSummary,
} from '@lc/shared-contracts';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly http = inject(HttpClient);

  searchUsers(q: string): Observable<UserSummary[]> {
    return this.http.get<UserSummary[]>('/api/admin/users', { params: { q } });
  }

  grantRole(req: GrantRoleRequest): Observable<RoleGrant> {
    return this.http.post<RoleGrant>('/api/admin/role-grants', req);
  }

  /** The grant stays on record with the reason; it simply stops giving rights. */
  revokeGrant(grantId: string, req: RevokeRoleGrantRequest): Observable<void> {
    return this.http.post<void>(`/api/admin/role-grants/${encodeURIComponent(grantId)}/revocation`, req);
  }

  /** Signs the person out on every device at once; they may sign in again. */
  endSessions(userId: string): Observable<void> {
    return this.http.post<void>(`/api/admin/users/${encodeURIComponent(userId)}/session-end`, {});
  }

  /** Ends every session and refuses sign-in until enabled; the reason stays on record. */
  disableAccount(userId: string, req: DisableAccountRequest): Observable<UserSummary> {
    return this.http.post<UserSummary>(`/api/admin/users/${encodeURIComponent(userId)}/disable`, req);
  }

  /** Lifts the sign-in waits and locks on the person's login, from every device. */
  unlockSignIn(userId: string): Observable<void> {
    return this.http.post<void>(`/api/admin/users/${encodeURIComponent(userId)}/sign-in-unlock`, {});
  }

  enableAccount(userId: string): Observable<UserSummary> {
    return this.http.post<UserSummary>(`/api/admin/users/${encodeURIComponent(userId)}/enable`, {});
  }
}

import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { GrantRoleRequest, RevokeRoleGrantRequest, RoleGrant, UserSummary } from '@lc/shared-contracts';
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
}

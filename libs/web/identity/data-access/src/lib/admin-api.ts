import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { GrantRoleRequest, RoleGrant, UserSummary } from '@lc/shared-contracts';
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

  revokeGrant(grantId: string): Observable<void> {
    return this.http.delete<void>(`/api/admin/role-grants/${encodeURIComponent(grantId)}`);
  }
}

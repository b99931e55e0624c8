import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { PasswordResetRequest, RecoveryCodeIssued, RegisterRequest, Registered } from '@lc/shared-contracts';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  /** The answer carries the person's recovery code, this once. */
  register(req: RegisterRequest): Observable<Registered> {
    return this.http.post<Registered>('/api/auth/register', req);
  }

  /** With an officer's reset code or one's own recovery code; answers a new recovery code. */
  resetPassword(req: PasswordResetRequest): Observable<RecoveryCodeIssued> {
    return this.http.post<RecoveryCodeIssued>('/api/auth/password-resets', req);
  }
}

import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  IssueResetCodeRequest,
  IssuedResetCode,
  RecoveryCodeIssued,
  RecoveryCodeStatus,
  RenewRecoveryCodeRequest,
} from '@lc/shared-contracts';
import { Observable } from 'rxjs';

/** Account recovery for signed-in people: officers' reset codes, one's own recovery code (docs/adr/0017). */
@Injectable({ providedIn: 'root' })
export class RecoveryApi {
  private readonly http = inject(HttpClient);

  issueResetCode(req: IssueResetCodeRequest): Observable<IssuedResetCode> {
    return this.http.post<IssuedResetCode>('/api/password-reset-codes', req);
  }

  recoveryCodeStatus(): Observable<RecoveryCodeStatus> {
    return this.http.get<RecoveryCodeStatus>('/api/me/recovery-code');
  }

  renewRecoveryCode(req: RenewRecoveryCodeRequest): Observable<RecoveryCodeIssued> {
    return this.http.post<RecoveryCodeIssued>('/api/me/recovery-code', req);
  }
}

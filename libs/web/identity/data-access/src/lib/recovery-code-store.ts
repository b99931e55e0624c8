import { Injectable, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RenewRecoveryCodeRequest } from '@lc/shared-contracts';
import { UiMessage, failureMessage } from '@lc/web-shared-data-access';
import { catchError, firstValueFrom, of } from 'rxjs';
import { RecoveryApi } from './recovery-api';

/** The signed-in person's recovery code: when it was issued, and a new one shown once (docs/adr/0017). */
@Injectable()
export class RecoveryCodeStore {
  private readonly api = inject(RecoveryApi);

  private readonly _busy = signal(false);
  private readonly _error = signal<UiMessage | null>(null);
  private readonly _recoveryCode = signal<string | null>(null);

  readonly status = toSignal(this.api.recoveryCodeStatus().pipe(catchError(() => of(null))));
  readonly busy = this._busy.asReadonly();
  readonly error = this._error.asReadonly();
  /** The new code, in memory only, until the person leaves the page. */
  readonly recoveryCode = this._recoveryCode.asReadonly();

  /** Resolves to whether a new code was issued. */
  async renew(request: RenewRecoveryCodeRequest): Promise<boolean> {
    this._busy.set(true);
    this._error.set(null);
    try {
      const { recoveryCode } = await firstValueFrom(this.api.renewRecoveryCode(request));
      this._recoveryCode.set(recoveryCode);
      return true;
    } catch (err) {
      this._error.set(failureMessage(err));
      return false;
    } finally {
      this._busy.set(false);
    }
  }
}

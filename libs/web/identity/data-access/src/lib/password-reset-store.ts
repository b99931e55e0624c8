import { Injectable, inject, signal } from '@angular/core';
import { PasswordResetRequest } from '@lc/shared-contracts';
import { SessionStore } from '@lc/web-shared-data-access';
import { firstValueFrom } from 'rxjs';
import { AuthApi } from './auth-api';

export interface PasswordResetDone {
  /** The new recovery code, shown once and kept only in memory. */
  recoveryCode: string;
  /** Whether the sign-in with the new password that follows worked. */
  signedIn: boolean;
}

/** "Quên mật khẩu?": a new password with a reset or recovery code, then a sign-in with it (docs/adr/0017). */
@Injectable()
export class PasswordResetStore {
  private readonly api = inject(AuthApi);
  private readonly session = inject(SessionStore);

  private readonly _busy = signal(false);
  private readonly _done = signal<PasswordResetDone | null>(null);

  readonly busy = this._busy.asReadonly();
  readonly done = this._done.asReadonly();

  /**
   * Rejects with the failed call itself: its problems belong on the form's fields (the page's form errors), and
   * RECOVERY_INVALID never says whether the ID or the code was wrong.
   */
  async reset(request: PasswordResetRequest): Promise<void> {
    this._busy.set(true);
    try {
      const { recoveryCode } = await firstValueFrom(this.api.resetPassword(request));
      const signedIn = await this.session.login({ login: request.login, password: request.newPassword }).then(
        () => true,
        () => false,
      );
      this._done.set({ recoveryCode, signedIn });
    } finally {
      this._busy.set(false);
    }
  }
}

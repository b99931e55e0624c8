import { Injectable, inject, signal } from '@angular/core';
import { IssueResetCodeRequest, IssuedResetCode } from '@lc/shared-contracts';
import { UiMessage, failureMessage } from '@lc/web-shared-data-access';
import { firstValueFrom } from 'rxjs';
import { RecoveryApi } from './recovery-api';

/** The officer's desk: one reset code issued at a time, held in memory until the next person (docs/adr/0017). */
@Injectable()
export class ResetCodeStore {
  private readonly api = inject(RecoveryApi);

  private readonly _busy = signal(false);
  private readonly _error = signal<UiMessage | null>(null);
  private readonly _issued = signal<IssuedResetCode | null>(null);

  readonly busy = this._busy.asReadonly();
  readonly error = this._error.asReadonly();
  readonly issued = this._issued.asReadonly();

  async issue(request: IssueResetCodeRequest): Promise<void> {
    this._busy.set(true);
    this._error.set(null);
    try {
      this._issued.set(await firstValueFrom(this.api.issueResetCode(request)));
    } catch (err) {
      this._error.set(failureMessage(err));
    } finally {
      this._busy.set(false);
    }
  }

  /** Forgets the code shown, for the next person at the desk. */
  clear(): void {
    this._issued.set(null);
  }
}

import { Injectable, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Area, RegisterRequest } from '@lc/shared-contracts';
import { SessionStore, UiMessage, failureMessage } from '@lc/web-shared-data-access';
import { catchError, firstValueFrom, of } from 'rxjs';
import { AreasApi } from './areas-api';
import { AuthApi } from './auth-api';
import { RecoveryCodeHandoff } from './recovery-code-handoff';

/** Self-registration: the communes and their population groups to choose from, then the account, signed in. */
@Injectable()
export class RegistrationStore {
  private readonly areasApi = inject(AreasApi);
  private readonly authApi = inject(AuthApi);
  private readonly session = inject(SessionStore);
  private readonly handoff = inject(RecoveryCodeHandoff);

  private readonly _busy = signal(false);
  private readonly _error = signal<UiMessage | null>(null);
  private readonly _groups = signal<Area[] | null>(null);
  private chosen = 0;

  readonly busy = this._busy.asReadonly();
  /** Loading the lists failed: not a problem of the form, so the page shows it beside it. */
  readonly error = this._error.asReadonly();
  readonly communes = toSignal(
    this.areasApi.communes().pipe(
      catchError((err) => {
        this._error.set(failureMessage(err));
        return of([] as Area[]);
      }),
    ),
    { initialValue: [] as Area[] },
  );
  /** The chosen commune's groups; null while none is chosen or they are on their way. */
  readonly groups = this._groups.asReadonly();

  /** Loads the groups of the commune chosen last; a late answer for an earlier choice is dropped. */
  async chooseCommune(communeId: string | null): Promise<void> {
    const chosen = ++this.chosen;
    this._groups.set(null);
    if (!communeId) return;
    try {
      const groups = await firstValueFrom(this.areasApi.groups(communeId));
      if (chosen === this.chosen) this._groups.set(groups);
    } catch (err) {
      if (chosen === this.chosen) this._error.set(failureMessage(err));
    }
  }

  /**
   * Registers, hands the recovery code to the welcome page and signs in. Rejects with the failed call itself, so the
   * form can place the API's problems on its fields.
   */
  async register(request: RegisterRequest): Promise<void> {
    this._busy.set(true);
    try {
      const registered = await firstValueFrom(this.authApi.register(request));
      this.handoff.put(registered.recoveryCode);
      await this.session.login({ login: request.citizenId, password: request.password });
    } finally {
      this._busy.set(false);
    }
  }
}

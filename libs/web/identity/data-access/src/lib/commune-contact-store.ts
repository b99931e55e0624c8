import { Injectable, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Area, CommuneContact } from '@lc/shared-contracts';
import { UiMessage, failureMessage } from '@lc/web-shared-data-access';
import { catchError, firstValueFrom, of } from 'rxjs';
import { AreasApi } from './areas-api';

/** The communes to choose from and whom to ask at the chosen one (the help page, and the admin's editor). */
@Injectable()
export class CommuneContactStore {
  private readonly api = inject(AreasApi);

  private readonly _contact = signal<CommuneContact | null>(null);
  private readonly _error = signal<UiMessage | null>(null);
  private readonly _busy = signal(false);

  /** Empty when the list cannot be had: the search then finds communes by name on the server. */
  readonly communes = toSignal(this.api.communes().pipe(catchError(() => of([] as Area[]))), {
    initialValue: [] as Area[],
  });
  readonly contact = this._contact.asReadonly();
  readonly error = this._error.asReadonly();
  readonly busy = this._busy.asReadonly();

  async show(communeId: string): Promise<void> {
    this._error.set(null);
    try {
      this._contact.set(await firstValueFrom(this.api.contact(communeId)));
    } catch (err) {
      this._contact.set(null);
      this._error.set(failureMessage(err));
    }
  }

  /**
   * Sets whom to contact at a commune (empty clears it). Rejects with the failed call itself, so the admin's form
   * can place the API's problems on its fields.
   */
  async save(communeId: string, contact: string): Promise<CommuneContact> {
    this._busy.set(true);
    try {
      const saved = await firstValueFrom(this.api.setContact(communeId, { contact }));
      this._contact.set(saved);
      return saved;
    } finally {
      this._busy.set(false);
    }
  }
}

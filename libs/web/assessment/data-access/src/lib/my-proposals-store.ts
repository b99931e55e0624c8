import { Injectable, inject, signal } from '@angular/core';
import { ReviewedItem } from '@lc/shared-contracts';
import { UiMessage, failureMessage } from '@lc/web-shared-data-access';
import { firstValueFrom } from 'rxjs';
import { ItemBankApi } from './item-bank-api';

/** A trainer's own item proposals, with where each stands. */
@Injectable()
export class MyProposalsStore {
  private readonly api = inject(ItemBankApi);

  private readonly _items = signal<ReviewedItem[] | null>(null);
  private readonly _error = signal<UiMessage | null>(null);

  readonly items = this._items.asReadonly();
  readonly error = this._error.asReadonly();

  async load(): Promise<void> {
    try {
      this._items.set(await firstValueFrom(this.api.mine()));
    } catch (err) {
      this._error.set(failureMessage(err));
    }
  }
}

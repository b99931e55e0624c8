import { Injectable, inject, signal } from '@angular/core';
import { ItemProposalRequest, ReviewedItem } from '@lc/shared-contracts';
import { SessionStore, UiMessage, failureMessage, uiMessage } from '@lc/web-shared-data-access';
import { firstValueFrom } from 'rxjs';
import { ItemBankApi } from './item-bank-api';

/** One bank item proposal (new, a returned one edited, or the next version of a published one) on its way. */
@Injectable()
export class ProposalStore {
  private readonly api = inject(ItemBankApi);
  private readonly session = inject(SessionStore);

  private readonly _sending = signal(false);
  private readonly _error = signal<UiMessage | null>(null);
  private readonly _refusal = signal<{ err: unknown } | null>(null);

  readonly sending = this._sending.asReadonly();
  /** Why the item could not be loaded. */
  readonly error = this._error.asReadonly();
  /** The last refused send, as it came: the form words it beside the fields it names and in its error summary. */
  readonly refusal = this._refusal.asReadonly();

  /**
   * The item an edit or a revision starts from, or null (the error says why): one's own proposals hold it, and a
   * reviewer may revise any published item (e.g. one a citizen reported).
   */
  async load(id: string, revises?: string): Promise<ReviewedItem | null> {
    try {
      const item =
        revises && this.session.hasRole('content_reviewer')
          ? await firstValueFrom(this.api.reviewItem(revises))
          : (await firstValueFrom(this.api.mine())).find((i) => i.id === id);
      if (item) return item;
      this._error.set(uiMessage('shared.errors.unknown'));
    } catch (err) {
      this._error.set(failureMessage(err));
    }
    return null;
  }

  /** Sends a new proposal, or the edit of `itemId`; resolves to whether it was received. */
  async send(itemId: string | undefined, request: ItemProposalRequest): Promise<boolean> {
    this._sending.set(true);
    this._refusal.set(null);
    try {
      await firstValueFrom(itemId ? this.api.edit(itemId, request) : this.api.propose(request));
      return true;
    } catch (err) {
      this._refusal.set({ err });
      return false;
    } finally {
      this._sending.set(false);
    }
  }
}

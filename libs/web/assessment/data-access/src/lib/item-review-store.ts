import { Injectable, inject, signal } from '@angular/core';
import { ItemReviewQueue, ProblemReportView, ReviewAction } from '@lc/shared-contracts';
import { UiMessage, failureMessage, uiMessage } from '@lc/web-shared-data-access';
import { firstValueFrom } from 'rxjs';
import { ItemBankApi } from './item-bank-api';

const DECIDED: Record<ReviewAction, string> = {
  publish: 'itemBank.review.published',
  return: 'itemBank.review.returned',
  retire: 'itemBank.review.retired',
};

/**
 * The content reviewers' queue: proposed items and citizens' problem reports. A decision's failure stays beside
 * its item (`itemErrors`); what was done is announced once in `status`.
 */
@Injectable()
export class ItemReviewStore {
  private readonly api = inject(ItemBankApi);

  private readonly _queue = signal<ItemReviewQueue | null>(null);
  private readonly _error = signal<UiMessage | null>(null);
  private readonly _status = signal<UiMessage | null>(null);
  private readonly _deciding = signal<ReadonlySet<string>>(new Set());
  private readonly _itemErrors = signal<Readonly<Record<string, UiMessage>>>({});

  readonly queue = this._queue.asReadonly();
  readonly error = this._error.asReadonly();
  readonly status = this._status.asReadonly();
  readonly deciding = this._deciding.asReadonly();
  readonly itemErrors = this._itemErrors.asReadonly();

  async load(): Promise<void> {
    try {
      this._queue.set(await firstValueFrom(this.api.queue()));
    } catch (err) {
      this._error.set(failureMessage(err));
    }
  }

  async decide(itemId: string, action: ReviewAction, reasons?: string[]): Promise<void> {
    this._deciding.update((ids) => new Set(ids).add(itemId));
    this.setItemError(itemId, null);
    try {
      await firstValueFrom(this.api.decide(itemId, { action, reasons }));
      this._status.set(uiMessage(DECIDED[action]));
      this._queue.update((q) => q && { ...q, items: q.items.filter((i) => i.id !== itemId) });
    } catch (err) {
      this.setItemError(itemId, failureMessage(err));
    } finally {
      this._deciding.update((ids) => {
        const left = new Set(ids);
        left.delete(itemId);
        return left;
      });
    }
  }

  async closeReport(report: ProblemReportView): Promise<void> {
    this._error.set(null);
    try {
      await firstValueFrom(this.api.closeReport(report.id));
      this._status.set(uiMessage('itemBank.review.closed'));
      this._queue.update((q) => q && { ...q, reports: q.reports.filter((r) => r.id !== report.id) });
    } catch (err) {
      this._error.set(failureMessage(err));
    }
  }

  private setItemError(itemId: string, message: UiMessage | null): void {
    this._itemErrors.update((errors) => {
      const next = { ...errors };
      if (message) next[itemId] = message;
      else delete next[itemId];
      return next;
    });
  }
}

import { Injectable, inject, signal } from '@angular/core';
import { ProblemReportRequest } from '@lc/shared-contracts';
import { UiMessage, failureMessage } from '@lc/web-shared-data-access';
import { firstValueFrom } from 'rxjs';
import { ItemBankApi, ProblemTarget } from './item-bank-api';

/** A citizen's report of a problem with the question in front of them ("Báo lỗi câu hỏi"). */
@Injectable()
export class ProblemReportStore {
  private readonly api = inject(ItemBankApi);

  private readonly _sending = signal(false);
  private readonly _error = signal<UiMessage | null>(null);

  readonly sending = this._sending.asReadonly();
  readonly error = this._error.asReadonly();

  /** Resolves to whether the report arrived. */
  async send(target: ProblemTarget, request: ProblemReportRequest): Promise<boolean> {
    this._sending.set(true);
    this._error.set(null);
    try {
      await firstValueFrom(this.api.report(target, request));
      return true;
    } catch (err) {
      this._error.set(failureMessage(err));
      return false;
    } finally {
      this._sending.set(false);
    }
  }

  /** Forgets the last failure, for the next question. */
  clear(): void {
    this._error.set(null);
  }
}

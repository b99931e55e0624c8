import { Injectable, computed, inject, signal } from '@angular/core';
import { Application, RejectRequest, ReturnRequest, RevokeRequest, VerifyRequest } from '@lc/shared-contracts';
import { UiMessage, failureMessage } from '@lc/web-shared-data-access';
import { Observable } from 'rxjs';
import { ApplicationsApi } from './applications-api';

export type ReviewNotice = 'verified' | 'returned' | 'rejected' | 'revoked' | null;
/** A refused step: which one (named by the notice it would have given) and the error as it came. */
export interface ReviewFailure {
  action: NonNullable<ReviewNotice>;
  err: unknown;
}

/** One application as an officer sees it, and the verifier's and approver's actions on it. */
@Injectable()
export class ApplicationReviewStore {
  private readonly api = inject(ApplicationsApi);

  private readonly _application = signal<Application | null>(null);
  private readonly _loading = signal(false);
  private readonly _busy = signal(false);
  private readonly _error = signal<UiMessage | null>(null);
  private readonly _notice = signal<ReviewNotice>(null);
  private readonly _failure = signal<ReviewFailure | null>(null);

  readonly application = this._application.asReadonly();
  readonly loading = this._loading.asReadonly();
  readonly busy = this._busy.asReadonly();
  /** Why the application could not be loaded. */
  readonly error = this._error.asReadonly();
  /** The last refused step: the page shows it beside that step's button. */
  readonly failure = this._failure.asReadonly();
  readonly notice = this._notice.asReadonly();
  readonly status = computed(() => this._application()?.status ?? null);

  load(id: string): void {
    this._loading.set(true);
    this._error.set(null);
    this._notice.set(null);
    this.api.get(id).subscribe({
      next: (application) => {
        this._application.set(application);
        this._loading.set(false);
      },
      error: (err: unknown) => {
        this._application.set(null);
        this._loading.set(false);
        this._error.set(failureMessage(err));
      },
    });
  }

  verify(body: VerifyRequest): void {
    this.act((id) => this.api.verify(id, body), 'verified');
  }

  returnApplication(body: ReturnRequest): void {
    this.act((id) => this.api.return(id, body), 'returned');
  }

  reject(body: RejectRequest): void {
    this.act((id) => this.api.reject(id, body), 'rejected');
  }

  revoke(body: RevokeRequest): void {
    this.act((id) => this.api.revoke(id, body), 'revoked');
  }

  private act(call: (id: string) => Observable<Application>, notice: NonNullable<ReviewNotice>): void {
    const application = this._application();
    if (!application || this._busy()) return;
    this._busy.set(true);
    this._failure.set(null);
    this._notice.set(null);
    call(application.id).subscribe({
      next: (updated) => {
        this._application.set(updated);
        this._busy.set(false);
        this._notice.set(notice);
      },
      error: (err: unknown) => {
        this._busy.set(false);
        this._failure.set({ action: notice, err });
      },
    });
  }
}

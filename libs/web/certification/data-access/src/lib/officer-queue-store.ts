import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import { ApplicationStatus, ApplicationSummary, Decision } from '@lc/shared-contracts';
import { UiMessage, apiErrorCode, failureMessage } from '@lc/web-shared-data-access';
import { switchMap } from 'rxjs';
import { ApplicationsApi } from './applications-api';

export interface DecisionDraft {
  number: string;
  signedOn: string;
  signerName: string;
  applicationIds: string[];
  /** Why applications whose evidence chain is broken are recognised anyway. */
  evidenceOverride?: string;
}

/** The applications a refused decision named as having a broken evidence chain. */
function brokenApplications(err: unknown): string[] {
  if (apiErrorCode(err) !== 'EVIDENCE_CHAIN_BROKEN') return [];
  const ids = ((err as HttpErrorResponse).error?.details as { applicationIds?: unknown } | undefined)?.applicationIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

/** The officer's work list for one status, and the approver's recognition decision. */
@Injectable()
export class OfficerQueueStore {
  private readonly api = inject(ApplicationsApi);

  private readonly _status = signal<ApplicationStatus | null>(null);
  private readonly _items = signal<ApplicationSummary[]>([]);
  private readonly _loading = signal(false);
  private readonly _busy = signal(false);
  private readonly _error = signal<UiMessage | null>(null);
  private readonly _decision = signal<Decision | null>(null);
  private readonly _decidedCount = signal(0);
  private readonly _brokenEvidence = signal<string[]>([]);
  /** One key per intended decision, renewed once it is made: a retried decision is never recorded twice. */
  private decisionKey = crypto.randomUUID();

  readonly status = this._status.asReadonly();
  readonly items = this._items.asReadonly();
  readonly loading = this._loading.asReadonly();
  readonly busy = this._busy.asReadonly();
  readonly error = this._error.asReadonly();
  /** The decision just made, with how many applications it recognised. */
  readonly decision = this._decision.asReadonly();
  readonly decidedCount = this._decidedCount.asReadonly();
  /** Ids of applications the server would recognise only with a reason: their evidence chain is broken. */
  readonly brokenEvidence = this._brokenEvidence.asReadonly();

  load(status: ApplicationStatus): void {
    this._status.set(status);
    this._loading.set(true);
    this._error.set(null);
    this.api.list(status).subscribe({
      next: (items) => {
        if (this._status() !== status) return;
        this._items.set(items);
        this._loading.set(false);
      },
      error: (err: unknown) => {
        this._items.set([]);
        this._loading.set(false);
        this._error.set(failureMessage(err));
      },
    });
  }

  /**
   * ApplicationSummary carries no communeId, so the commune of the decision is read from the first
   * listed application; the page only lets an approver pick applications of one commune.
   */
  createDecision(draft: DecisionDraft): void {
    if (this._busy() || draft.applicationIds.length === 0) return;
    this._busy.set(true);
    this._error.set(null);
    this._decision.set(null);
    this.api
      .get(draft.applicationIds[0])
      .pipe(switchMap((first) => this.api.createDecision({ ...draft, communeId: first.communeId }, this.decisionKey)))
      .subscribe({
        next: (decision) => {
          this.decisionKey = crypto.randomUUID();
          this._busy.set(false);
          this._decision.set(decision);
          this._decidedCount.set(draft.applicationIds.length);
          this._brokenEvidence.set([]);
          const status = this._status();
          if (status) this.load(status);
        },
        error: (err: unknown) => {
          this._busy.set(false);
          this._error.set(failureMessage(err));
          this._brokenEvidence.set(brokenApplications(err));
        },
      });
  }
}

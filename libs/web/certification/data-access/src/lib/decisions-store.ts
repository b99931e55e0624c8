import { Injectable, inject, signal } from '@angular/core';
import { DecisionSummary } from '@lc/shared-contracts';
import { UiMessage, failureMessage } from '@lc/web-shared-data-access';
import { DecisionDocument, DecisionsApi } from './decisions-api';

/** The decisions of the officer's communes, and the download of their documents. */
@Injectable()
export class DecisionsStore {
  private readonly api = inject(DecisionsApi);

  private readonly _decisions = signal<DecisionSummary[]>([]);
  private readonly _loading = signal(false);
  private readonly _loaded = signal(false);
  private readonly _error = signal<UiMessage | null>(null);
  /** `${id}/${kind}` of the file being fetched, so only its button waits. */
  private readonly _downloading = signal<string | null>(null);

  readonly decisions = this._decisions.asReadonly();
  readonly loading = this._loading.asReadonly();
  readonly loaded = this._loaded.asReadonly();
  readonly error = this._error.asReadonly();
  readonly downloading = this._downloading.asReadonly();

  load(): void {
    this._loading.set(true);
    this._error.set(null);
    this.api.list().subscribe({
      next: (decisions) => {
        this._decisions.set(decisions);
        this._loading.set(false);
        this._loaded.set(true);
      },
      error: (err: unknown) => {
        this._loading.set(false);
        this._error.set(failureMessage(err));
      },
    });
  }

  /** Fetches one document and hands it to `save` (the page turns it into a file). */
  download(id: string, kind: DecisionDocument, save: (file: Blob, name: string) => void): void {
    this._downloading.set(`${id}/${kind}`);
    this._error.set(null);
    this.api.document(id, kind).subscribe({
      next: ({ file, name }) => {
        this._downloading.set(null);
        save(file, name);
      },
      error: (err: unknown) => {
        this._downloading.set(null);
        this._error.set(failureMessage(err));
      },
    });
  }
}

import { Injectable, computed, inject, signal } from '@angular/core';
import { Certificate, CertificateVerification, CredentialCheck } from '@lc/shared-contracts';
import { HttpErrorResponse } from '@angular/common/http';
import { UiMessage, failureMessage } from '@lc/web-shared-data-access';
import { Subscription, map } from 'rxjs';
import { CertificatesApi } from './certificates-api';

/** The signed-in citizen's certificates; the newest one is the one to print. */
@Injectable()
export class MyCertificatesStore {
  private readonly api = inject(CertificatesApi);

  private readonly _certificates = signal<Certificate[]>([]);
  private readonly _loading = signal(false);
  private readonly _loaded = signal(false);
  private readonly _error = signal<UiMessage | null>(null);

  readonly certificates = this._certificates.asReadonly();
  readonly loading = this._loading.asReadonly();
  readonly loaded = this._loaded.asReadonly();
  readonly error = this._error.asReadonly();
  readonly latest = computed<Certificate | null>(() => {
    const sorted = [...this._certificates()].sort((a, b) => b.year - a.year || Number(a.revoked) - Number(b.revoked));
    return sorted[0] ?? null;
  });

  private readonly _downloading = signal(false);
  readonly downloading = this._downloading.asReadonly();

  /** Fetches the signed credential or the PDF and hands it to `save` (the page turns it into a file). */
  download(code: string, kind: 'credential' | 'pdf', save: (file: Blob) => void): void {
    this._downloading.set(true);
    this._error.set(null);
    const file$ =
      kind === 'pdf'
        ? this.api.pdf(code)
        : this.api.credential(code).pipe(map((jwt) => new Blob([jwt], { type: 'application/vc+jwt' })));
    file$.subscribe({
      next: (file) => {
        this._downloading.set(false);
        save(file);
      },
      error: (err: unknown) => {
        this._downloading.set(false);
        this._error.set(failureMessage(err));
      },
    });
  }

  load(): void {
    this._loading.set(true);
    this._error.set(null);
    this.api.mine().subscribe({
      next: (certificates) => {
        this._certificates.set(certificates);
        this._loading.set(false);
        this._loaded.set(true);
      },
      error: (err: unknown) => {
        this._loading.set(false);
        this._error.set(failureMessage(err));
      },
    });
  }
}

export type VerificationOutcome =
  | { kind: 'found'; verification: CertificateVerification }
  | { kind: 'not_found'; code: string }
  | { kind: 'error'; message: UiMessage };

/** Public verification of one certificate code. */
@Injectable()
export class CertificateVerificationStore {
  private readonly api = inject(CertificatesApi);

  private readonly _outcome = signal<VerificationOutcome | null>(null);
  private readonly _loading = signal(false);
  private pending?: Subscription;

  readonly outcome = this._outcome.asReadonly();
  readonly loading = this._loading.asReadonly();

  check(code: string): void {
    // A slower answer for the previous code must never overwrite the one asked for last.
    this.pending?.unsubscribe();
    this._loading.set(true);
    this._outcome.set(null);
    this.pending = this.api.verify(code).subscribe({
      next: (verification) => {
        this._loading.set(false);
        this._outcome.set({ kind: 'found', verification });
      },
      error: (err: unknown) => {
        this._loading.set(false);
        const notFound = err instanceof HttpErrorResponse && err.status === 404;
        this._outcome.set(notFound ? { kind: 'not_found', code } : { kind: 'error', message: failureMessage(err) });
      },
    });
  }

  clear(): void {
    this.pending?.unsubscribe();
    this._loading.set(false);
    this._outcome.set(null);
  }
}

/** Public check of a presented credential (the signed file a holder shares): signature and revocation status. */
@Injectable()
export class CredentialCheckStore {
  private readonly api = inject(CertificatesApi);

  private readonly _result = signal<CredentialCheck | null>(null);
  private readonly _loading = signal(false);
  private readonly _error = signal<UiMessage | null>(null);

  readonly result = this._result.asReadonly();
  readonly loading = this._loading.asReadonly();
  readonly error = this._error.asReadonly();

  check(credential: string): void {
    this._loading.set(true);
    this._result.set(null);
    this._error.set(null);
    this.api.checkCredential(credential).subscribe({
      next: (result) => {
        this._loading.set(false);
        this._result.set(result);
      },
      error: (err: unknown) => {
        this._loading.set(false);
        this._error.set(failureMessage(err));
      },
    });
  }
}

import { Injectable } from '@angular/core';

/**
 * Carries a recovery code from the page that received it to the page that shows it, in memory only: never in the
 * URL, history state or storage, where it would outlive the one showing it is meant for.
 */
@Injectable({ providedIn: 'root' })
export class RecoveryCodeHandoff {
  private code: string | null = null;

  put(code: string): void {
    this.code = code;
  }

  /** The code, once; later calls answer null. */
  take(): string | null {
    const code = this.code;
    this.code = null;
    return code;
  }
}

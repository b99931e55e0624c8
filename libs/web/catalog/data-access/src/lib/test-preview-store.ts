import { Injectable, signal } from '@angular/core';
import { CreateTestMaterialRequest } from '@lc/shared-contracts';

/** An unsaved test shown as a learner sees it, and the editor page to go back to. */
export interface TestPreviewDraft {
  test: CreateTestMaterialRequest;
  returnUrl: string;
}

/**
 * Hands the trainer's unsaved test from the course editor to the preview page and back. It lives in memory only:
 * the preview saves nothing, and the editor takes its form back from here when the trainer returns.
 */
@Injectable({ providedIn: 'root' })
export class TestPreviewStore {
  readonly draft = signal<TestPreviewDraft | null>(null);

  /** The draft for the editor at `url`, once: later visits start with an empty form again. */
  takeFor(url: string): CreateTestMaterialRequest | null {
    const draft = this.draft();
    if (!draft || draft.returnUrl !== url) return null;
    this.draft.set(null);
    return draft.test;
  }
}

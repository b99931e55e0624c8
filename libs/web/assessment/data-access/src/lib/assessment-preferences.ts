import { Injectable, signal } from '@angular/core';

export const LARGE_TEXT_STORAGE_KEY = 'lc.assessment.largeText';

/** The citizen's accessibility choices for the assessment that live in this browser (larger text). */
@Injectable({ providedIn: 'root' })
export class AssessmentPreferences {
  private readonly large = signal(readLargeText());

  readonly largeText = this.large.asReadonly();

  setLargeText(on: boolean): void {
    this.large.set(on);
    try {
      if (on) localStorage.setItem(LARGE_TEXT_STORAGE_KEY, '1');
      else localStorage.removeItem(LARGE_TEXT_STORAGE_KEY);
    } catch {
      // Storage disabled: the choice lasts until reload.
    }
  }
}

function readLargeText(): boolean {
  try {
    return localStorage.getItem(LARGE_TEXT_STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

import { DOCUMENT } from '@angular/common';
import { Injectable, inject, signal } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { LocalisedText } from '@lc/shared-contracts';

export type AppLanguage = 'vi' | 'en';
export const LANGUAGE_STORAGE_KEY = 'lc.lang';

/** The UI language: Vietnamese first, English second (PRODUCT.md). */
@Injectable({ providedIn: 'root' })
export class LanguageStore {
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<AppLanguage>(readStoredLanguage());

  readonly lang = this.current.asReadonly();

  constructor() {
    this.apply(this.current());
  }

  use(lang: AppLanguage): void {
    this.current.set(lang);
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
    } catch {
      // Storage disabled: the choice lasts until reload.
    }
    this.apply(lang);
  }

  /** Picks the current language's text, falling back to Vietnamese. Reads the signal, so templates follow changes. */
  text(value: LocalisedText | null | undefined): string {
    if (!value) return '';
    return this.current() === 'en' && value.en ? value.en : value.vi;
  }

  private apply(lang: AppLanguage): void {
    this.translate.use(lang);
    this.document.documentElement.lang = lang;
  }
}

function readStoredLanguage(): AppLanguage {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

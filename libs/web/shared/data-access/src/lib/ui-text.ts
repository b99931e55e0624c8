import { Injectable, inject } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { LanguageStore } from './language-store';
import { UiMessage, messageText } from './ui-message';
import { translateText } from './translate-text';

/**
 * Renders `UiMessage`s. `of()` reads the language signal, so a template or computed that calls it renders again
 * when the user switches language, messages already shown included.
 */
@Injectable({ providedIn: 'root' })
export class UiText {
  private readonly language = inject(LanguageStore);
  private readonly translate = inject(TranslateService);

  of(message: UiMessage | null | undefined): string | null {
    if (!message) return null;
    const lang = this.language.lang();
    return messageText(message, lang, (key, params) => translateText(this.translate, key, params));
  }
}

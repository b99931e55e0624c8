import { TranslateService } from '@ngx-translate/core';
import { ErrorLanguage } from '@lc/shared-contracts';
import { apiErrorBody, failureMessage, messageText } from './ui-message';
import { translateText } from './translate-text';

/** The UI language as the catalogue names it: anything but English reads Vietnamese. */
export function errorLanguage(translate: TranslateService): ErrorLanguage {
  return translate.getCurrentLang() === 'en' ? 'en' : 'vi';
}

/**
 * A message for a failed call, in the current UI language, as finished text. Only for text that leaves the page
 * (a dialog's data); what stays on screen keeps `failureMessage(err)` and renders it with `UiText`.
 */
export function apiErrorMessage(err: unknown, translate: TranslateService): string {
  return messageText(failureMessage(err), errorLanguage(translate), (key, params) =>
    translateText(translate, key, params),
  );
}

/** The stable error code of a failed call, e.g. 'AUTH_LOCKED', or null. */
export function apiErrorCode(err: unknown): string | null {
  return apiErrorBody(err)?.code ?? null;
}

import { HttpErrorResponse } from '@angular/common/http';
import { TranslateService } from '@ngx-translate/core';
import { ApiError, ErrorLanguage, errorText } from '@lc/shared-contracts';

function isApiError(body: unknown): body is ApiError {
  return typeof body === 'object' && body !== null && typeof (body as ApiError).message === 'string';
}

function translated(translate: TranslateService, key: string, fallback: string): string {
  const text = translate.instant(key) as string;
  return text && text !== key ? text : fallback;
}

/** The UI language as the catalogue names it: anything but English reads Vietnamese. */
export function errorLanguage(translate: TranslateService): ErrorLanguage {
  return translate.getCurrentLang() === 'en' ? 'en' : 'vi';
}

/** The API's error body of a failed call, or null when the call failed before the API answered. */
export function apiErrorBody(err: unknown): ApiError | null {
  return err instanceof HttpErrorResponse && isApiError(err.error) ? err.error : null;
}

/**
 * An API error in a UI language. In Vietnamese, the API's own message: it may name the file, the library or the day
 * that the catalogue's text for the code cannot. In English, the catalogue's text for the code; for a code newer
 * than this web build, the API's message, so it still says something useful.
 */
export function apiErrorText(body: ApiError, lang: ErrorLanguage): string {
  if (lang === 'vi' && body.message.trim()) return body.message;
  return errorText(body.code, lang, body.details) ?? body.message;
}

/** A message to show for a failed call, in the current UI language. */
export function apiErrorMessage(err: unknown, translate: TranslateService): string {
  if (err instanceof HttpErrorResponse) {
    // Offline, the service worker answers 504 in the network's stead: still a connection problem, not the server's.
    if (err.status === 0 || (typeof navigator !== 'undefined' && navigator.onLine === false)) {
      return translated(
        translate,
        'shared.errors.network',
        'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.',
      );
    }
    const body = apiErrorBody(err);
    if (body) return apiErrorText(body, errorLanguage(translate));
    if (err.status >= 500) {
      return translated(translate, 'shared.errors.server', 'Máy chủ đang gặp sự cố. Vui lòng thử lại sau.');
    }
  }
  return translated(translate, 'shared.errors.unknown', 'Đã có lỗi xảy ra. Vui lòng thử lại.');
}

/** The stable error code of a failed call, e.g. 'AUTH_LOCKED', or null. */
export function apiErrorCode(err: unknown): string | null {
  return apiErrorBody(err)?.code ?? null;
}

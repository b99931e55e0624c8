import { HttpErrorResponse } from '@angular/common/http';
import { ApiError, ErrorLanguage, errorText } from '@lc/shared-contracts';

/**
 * Something to tell the user, kept untranslated: a translation key with its parameters, or the API's error body.
 * State holds these, never finished text, so a language switch re-renders every message already on screen.
 */
export type UiMessage =
  | { readonly key: string; readonly params?: Readonly<Record<string, unknown>> }
  | { readonly api: ApiError };

/** Looks a key up in the current language; the key itself when the table lacks it (ngx-translate's `instant`). */
export type Translator = (key: string, params?: Readonly<Record<string, unknown>>) => string;

// Said even when the shared strings failed to load, so a network error is never shown as a bare key.
const FALLBACK: Readonly<Record<string, string>> = {
  'shared.errors.network': 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.',
  'shared.errors.server': 'Máy chủ đang gặp sự cố. Vui lòng thử lại sau.',
  'shared.errors.unknown': 'Đã có lỗi xảy ra. Vui lòng thử lại.',
};

export function uiMessage(key: string, params?: Readonly<Record<string, unknown>>): UiMessage {
  return params ? { key, params } : { key };
}

function isApiError(body: unknown): body is ApiError {
  return typeof body === 'object' && body !== null && typeof (body as ApiError).message === 'string';
}

/** The API's error body of a failed call, or null when the call failed before the API answered. */
export function apiErrorBody(err: unknown): ApiError | null {
  return err instanceof HttpErrorResponse && isApiError(err.error) ? err.error : null;
}

/** What to tell the user about a failed call: the API's error, or a connection, server or unknown problem. */
export function failureMessage(err: unknown): UiMessage {
  if (err instanceof HttpErrorResponse) {
    // Offline, the service worker answers 504 in the network's stead: still a connection problem, not the server's.
    if (err.status === 0 || (typeof navigator !== 'undefined' && navigator.onLine === false)) {
      return uiMessage('shared.errors.network');
    }
    const body = apiErrorBody(err);
    if (body) return { api: body };
    if (err.status >= 500) return uiMessage('shared.errors.server');
  }
  return uiMessage('shared.errors.unknown');
}

/** The stable API error code a message carries, e.g. 'AUTH_LOCKED', or null for the UI's own messages. */
export function messageCode(message: UiMessage | null): string | null {
  return message && 'api' in message ? message.api.code : null;
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

/** A message as text in `lang`. */
export function messageText(message: UiMessage, lang: ErrorLanguage, translate: Translator): string {
  if ('api' in message) return apiErrorText(message.api, lang);
  const text = translate(message.key, message.params);
  return text && text !== message.key ? text : (FALLBACK[message.key] ?? text);
}

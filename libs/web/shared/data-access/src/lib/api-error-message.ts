import { HttpErrorResponse } from '@angular/common/http';
import { TranslateService } from '@ngx-translate/core';
import { ApiError } from '@lc/shared-contracts';

function isApiError(body: unknown): body is ApiError {
  return typeof body === 'object' && body !== null && typeof (body as ApiError).message === 'string';
}

function translated(translate: TranslateService, key: string, fallback: string): string {
  const text = translate.instant(key) as string;
  return text && text !== key ? text : fallback;
}

/** A message to show for a failed call. The server's ApiError.message is already Vietnamese and safe to show. */
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
    if (isApiError(err.error)) return err.error.message;
    if (err.status >= 500) {
      return translated(translate, 'shared.errors.server', 'Máy chủ đang gặp sự cố. Vui lòng thử lại sau.');
    }
  }
  return translated(translate, 'shared.errors.unknown', 'Đã có lỗi xảy ra. Vui lòng thử lại.');
}

/** The stable error code of a failed call, e.g. 'AUTH_LOCKED', or null. */
export function apiErrorCode(err: unknown): string | null {
  return err instanceof HttpErrorResponse && isApiError(err.error) ? err.error.code : null;
}

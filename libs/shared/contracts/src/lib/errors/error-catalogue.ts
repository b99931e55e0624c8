import { ASSESSMENT_ERRORS } from './assessment-errors';
import { CATALOG_ERRORS } from './catalog-errors';
import { CERTIFICATION_ERRORS } from './certification-errors';
import { EDITOR_ERRORS } from './editor-errors';
import type { ErrorText } from './error-text';
import { IDENTITY_ERRORS } from './identity-errors';
import { PLATFORM_ERRORS } from './platform-errors';
import { RECORDS_ERRORS } from './records-errors';
import { REPORTING_ERRORS } from './reporting-errors';

/** Every code the API sends, by context. A test keeps it equal to what the API sources can throw. */
export const ERROR_GROUPS = {
  platform: PLATFORM_ERRORS,
  identity: IDENTITY_ERRORS,
  catalog: CATALOG_ERRORS,
  records: RECORDS_ERRORS,
  editor: EDITOR_ERRORS,
  assessment: ASSESSMENT_ERRORS,
  certification: CERTIFICATION_ERRORS,
  reporting: REPORTING_ERRORS,
} as const;

export const ERROR_CATALOGUE: Readonly<Record<ErrorCode, ErrorText>> = Object.assign(
  {},
  ...Object.values(ERROR_GROUPS),
);

export type ErrorCode =
  | keyof typeof PLATFORM_ERRORS
  | keyof typeof IDENTITY_ERRORS
  | keyof typeof CATALOG_ERRORS
  | keyof typeof RECORDS_ERRORS
  | keyof typeof EDITOR_ERRORS
  | keyof typeof ASSESSMENT_ERRORS
  | keyof typeof CERTIFICATION_ERRORS
  | keyof typeof REPORTING_ERRORS;

export type ErrorLanguage = 'vi' | 'en';

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CATALOGUE, code);
}

/**
 * The catalogue's text for a code in a language, or null for a code it does not know (the caller then shows the
 * API's own Vietnamese message). Placeholders are filled from the error's `details`, never from free text.
 */
export function errorText(code: string, lang: ErrorLanguage, details?: Record<string, unknown>): string | null {
  if (!isErrorCode(code)) return null;
  return ERROR_CATALOGUE[code][lang]
    .replace('{wait}', () => waitWords(details?.['retryAfterSeconds'], lang))
    .replace('{limit}', () => limitWords(details?.['limit']));
}

/** A field's bound (`limit` of a field refusal) as plain digits: grouping would turn the year 1900 into "1.900". */
function limitWords(limit: unknown): string {
  return typeof limit === 'number' && Number.isFinite(limit) ? String(limit) : '…';
}

/** "15 phút" / "15 minutes": how long to wait, in words read at a glance (as the API writes it). */
function waitWords(seconds: unknown, lang: ErrorLanguage): string {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return lang === 'vi' ? 'ít phút' : 'a few minutes';
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return lang === 'vi' ? `${s} giây` : `${s} second${s === 1 ? '' : 's'}`;
  const m = Math.ceil(s / 60);
  return lang === 'vi' ? `${m} phút` : `${m} minute${m === 1 ? '' : 's'}`;
}

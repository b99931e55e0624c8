import { createHash } from 'node:crypto';
import { DomainError } from '../domain-error';

export const IDEMPOTENCY_HEADER = 'idempotency-key';

/** What a client may send: a UUID or any other opaque token of 8 to 128 URL-safe characters. */
const KEY_SHAPE = /^[A-Za-z0-9_-]{8,128}$/;

/** The header's key, null when there is none; a malformed key is refused rather than ignored. */
export function idempotencyKey(header: string | string[] | undefined): string | null {
  if (header === undefined) return null;
  const value = Array.isArray(header) ? header[0] : header;
  if (typeof value !== 'string' || !KEY_SHAPE.test(value)) {
    throw new DomainError(
      'IDEMPOTENCY_KEY_INVALID',
      'Khoá chống gửi trùng (Idempotency-Key) cần từ 8 đến 128 ký tự chữ, số, "-" hoặc "_".',
      400,
    );
  }
  return value;
}

/** JSON with object keys sorted, so that the same body always hashes the same whatever order it was sent in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Fingerprint of one request: the same key may only ever stand for the same route and body. */
export function requestFingerprint(route: string, body: unknown): string {
  return createHash('sha256').update(route).update('\n').update(canonical(body)).digest('hex');
}

export interface StoredKey {
  fingerprint: string;
  /** False while the first request is still running. */
  done: boolean;
  response: unknown;
}

export type KeyOutcome = { kind: 'replay'; response: unknown } | { kind: 'wait' } | { kind: 'refuse' };

/** What a repeated key means: the same request finished (replay it), still running (wait), or another (refuse). */
export function outcomeFor(stored: StoredKey, fingerprint: string): KeyOutcome {
  if (stored.fingerprint !== fingerprint) return { kind: 'refuse' };
  return !stored.done ? { kind: 'wait' } : { kind: 'replay', response: stored.response };
}

export const keyReused = () =>
  new DomainError(
    'IDEMPOTENCY_KEY_REUSED',
    'Khoá chống gửi trùng này đã được dùng cho một yêu cầu khác. Hãy tải lại trang rồi thử lại.',
    422,
  );

export const keyInProgress = () =>
  new DomainError(
    'IDEMPOTENCY_IN_PROGRESS',
    'Yêu cầu giống hệt đang được xử lý. Hãy đợi giây lát rồi tải lại trang.',
    409,
  );

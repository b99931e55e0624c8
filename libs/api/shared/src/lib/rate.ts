import { DomainError } from './domain-error';

/** A limit as configured: `limit/seconds`, e.g. `30/60` for 30 requests a minute. */
export interface Rate {
  limit: number;
  windowSeconds: number;
}

export const RATE_PATTERN = /^[1-9]\d{0,6}\/[1-9]\d{0,6}$/;

export function parseRate(raw: string): Rate {
  if (!RATE_PATTERN.test(raw)) throw new Error(`"${raw}" is not a rate: write limit/seconds, e.g. 30/60`);
  const [limit, windowSeconds] = raw.split('/').map(Number);
  return { limit, windowSeconds };
}

/** "15 phút", "40 giây": how long to wait, in words a person reads at a glance. */
export function waitText(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  return s < 60 ? `${s} giây` : `${Math.ceil(s / 60)} phút`;
}

/** Too many requests from one client on a limited route; the filter turns `retryAfterSeconds` into Retry-After. */
export const rateLimited = (retryAfterSeconds: number) =>
  new DomainError(
    'RATE_LIMITED',
    `Có quá nhiều yêu cầu từ thiết bị hoặc mạng của bạn. Vui lòng thử lại sau ${waitText(retryAfterSeconds)}.`,
    429,
    { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)) },
  );

import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/**
 * A capability for the files of a package that is not published. h5p-standalone fetches files by URL, with no way
 * to add a bearer token, so the course page hands its author and reviewers a path that carries a signed, expiring
 * grant instead. Expiry is rounded up to the hour so the URL, and the browser's cache of the files, stays stable.
 */
export interface PreviewGrant {
  packageId: string;
  /** Seconds since the epoch. */
  expires: number;
}

const HOUR = 3600;

/** A key of its own, derived from the server secret, so a preview grant can never pass for anything else. */
export function previewKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'learning-citizen', 'h5p-preview-v1', 32));
}

export function signPreview(key: Buffer, packageId: string, nowSeconds: number, ttlSeconds: number): string {
  const expires = Math.ceil((nowSeconds + ttlSeconds) / HOUR) * HOUR;
  return `${expires}.${mac(key, packageId, expires)}`;
}

/** The grant if `token` was signed for `packageId` and has not expired, else null. */
export function verifyPreview(key: Buffer, packageId: string, token: string, nowSeconds: number): PreviewGrant | null {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const expires = Number(match[1]);
  const expected = Buffer.from(mac(key, packageId, expires));
  const given = Buffer.from(match[2] ?? '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected) || expires <= nowSeconds) return null;
  return { packageId, expires };
}

function mac(key: Buffer, packageId: string, expires: number): string {
  return createHmac('sha256', key).update(`${packageId}:${expires}`).digest('base64url');
}

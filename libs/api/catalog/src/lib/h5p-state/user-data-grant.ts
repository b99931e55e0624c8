import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/**
 * The player's state requests come from H5P's core inside its iframe, which cannot send a bearer token: the URL
 * carries a grant for one person and one material instead, signed with a key of its own, handed out by a signed-in
 * request (as preview grants are, docs/adr/0012).
 */
export function userDataKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'learning-citizen', 'h5p-user-data-v1', 32));
}

export function signUserData(key: Buffer, personId: string, materialId: string, expires: number): string {
  return `${personId}.${expires}.${mac(key, personId, materialId, expires)}`;
}

/** The person the grant was made for, if it is genuine, for this material, and not expired. */
export function verifyUserData(key: Buffer, materialId: string, token: string, nowSeconds: number): string | null {
  const match = /^([0-9a-f-]{36})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, personId = '', expiresText = '', given = ''] = match;
  const expires = Number(expiresText);
  const expected = Buffer.from(mac(key, personId, materialId, expires));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected) || expires <= nowSeconds) return null;
  return personId;
}

function mac(key: Buffer, personId: string, materialId: string, expires: number): string {
  return createHmac('sha256', key).update(`${personId}:${materialId}:${expires}`).digest('base64url');
}

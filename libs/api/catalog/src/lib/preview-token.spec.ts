import { previewKey, signPreview, verifyPreview } from './preview-token';

const key = previewKey('x'.repeat(40));
const id = '7b7a3c1e-9f0e-4a8e-9a52-1d1e0b7c9a10';
const now = 1_800_000_100;

describe('preview grants', () => {
  it('accepts its own token for its package until it expires, at an hour boundary', () => {
    const token = signPreview(key, id, now, 4 * 3600);
    const grant = verifyPreview(key, id, token, now);

    expect(grant?.expires).toBeGreaterThanOrEqual(now + 4 * 3600);
    expect((grant?.expires ?? 0) % 3600).toBe(0);
    expect(signPreview(key, id, now + 60, 4 * 3600)).toBe(token);
    expect(verifyPreview(key, id, token, grant?.expires ?? 0)).toBeNull();
  });

  it('refuses the token for another package, with another key, or altered', () => {
    const token = signPreview(key, id, now, 3600);

    expect(verifyPreview(key, id.replace('7b', '8b'), token, now)).toBeNull();
    expect(verifyPreview(previewKey('y'.repeat(40)), id, token, now)).toBeNull();
    const [expires, mac] = token.split('.');
    expect(verifyPreview(key, id, `${Number(expires) + 3600}.${mac}`, now)).toBeNull();
    expect(verifyPreview(key, id, 'garbage', now)).toBeNull();
  });
});

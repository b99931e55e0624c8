import { DomainError } from '../domain-error';
import { idempotencyKey, outcomeFor, requestFingerprint } from './idempotency-rules';

describe('idempotency rules', () => {
  it('takes a well-formed key, none when the header is absent, and refuses a malformed one', () => {
    expect(idempotencyKey('0b6f0c9e-3d5c-4bd4-9d7a-1f0e5f3a2b11')).toBe('0b6f0c9e-3d5c-4bd4-9d7a-1f0e5f3a2b11');
    expect(idempotencyKey(undefined)).toBeNull();
    for (const bad of ['short', 'x'.repeat(129), 'có dấu cách 123', 'a/b/c/d/e/f', '']) {
      expect(() => idempotencyKey(bad)).toThrow(DomainError);
    }
  });

  it('fingerprints the same body the same whatever its key order, and another route or body differently', () => {
    const a = requestFingerprint('POST /api/courses', { title: 'Khoá', level: 2, groups: ['a', 'b'] });
    expect(requestFingerprint('POST /api/courses', { groups: ['a', 'b'], level: 2, title: 'Khoá' })).toBe(a);
    expect(requestFingerprint('POST /api/courses', { title: 'Khoá', level: 3, groups: ['a', 'b'] })).not.toBe(a);
    expect(requestFingerprint('POST /api/courses', { title: 'Khoá', level: 2, groups: ['b', 'a'] })).not.toBe(a);
    expect(requestFingerprint('POST /api/other', { title: 'Khoá', level: 2, groups: ['a', 'b'] })).not.toBe(a);
  });

  it('replays a finished request, waits for a running one and refuses another request under the same key', () => {
    expect(outcomeFor({ fingerprint: 'f', done: true, response: { id: 1 } }, 'f')).toEqual({
      kind: 'replay',
      response: { id: 1 },
    });
    expect(outcomeFor({ fingerprint: 'f', done: false, response: null }, 'f')).toEqual({ kind: 'wait' });
    expect(outcomeFor({ fingerprint: 'f', done: true, response: { id: 1 } }, 'g')).toEqual({ kind: 'refuse' });
  });
});

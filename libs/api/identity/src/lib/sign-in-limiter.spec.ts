import { parseRate, RateLimitStore } from '@lc/api-shared';
import { signInKeys, SignInLimiter } from './sign-in-limiter';

describe(signInKeys.name, () => {
  it('keys a login as typed, whatever its case or spaces, per client address', () => {
    expect(signInKeys(' Trainer ', '203.0.113.7')).toEqual(signInKeys('trainer', '203.0.113.7'));
    expect(signInKeys('trainer', '203.0.113.7').client).not.toBe(signInKeys('trainer', '203.0.113.8').client);
    expect(signInKeys('trainer', '203.0.113.7').account).toBe(signInKeys('trainer', '203.0.113.8').account);
  });

  it('never holds the ID number or the address itself, and counts an IPv6 client by its /64', () => {
    const keys = signInKeys('001185001234', '2001:db8:1:2:aaaa::1');
    expect(JSON.stringify(keys)).not.toMatch(/001185001234|2001:db8/);
    expect(keys.client).toBe(signInKeys('001185001234', '2001:db8:1:2:bbbb::9').client);
    expect(signInKeys('x', '::ffff:127.0.0.1').client).toBe(signInKeys('x', '127.0.0.1').client);
  });
});

describe('SignInLimiter.unlock', () => {
  it('forgets a login’s counters from every client address, and its ceiling', async () => {
    const store = { forgetPrefix: jest.fn(), forget: jest.fn() };
    const limits = {
      perClient: { freeFailures: 3, lockAfter: 8, lockSeconds: 900 },
      perAccount: parseRate('100/3600'),
    };
    await new SignInLimiter(store as unknown as RateLimitStore, limits).unlock(['001185001234']);
    const [prefix] = store.forgetPrefix.mock.calls[0];
    for (const ip of ['203.0.113.7', '2001:db8::1']) {
      expect(signInKeys('001185001234', ip).client.startsWith(prefix)).toBe(true);
    }
    expect(signInKeys('001185001235', '203.0.113.7').client.startsWith(prefix)).toBe(false);
    expect(store.forget).toHaveBeenCalledWith(signInKeys('001185001234', undefined).account);
  });
});

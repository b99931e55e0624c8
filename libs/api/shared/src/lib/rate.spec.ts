import { parseRate, rateLimited, waitText } from './rate';

describe(parseRate.name, () => {
  it('reads limit/seconds', () => {
    expect(parseRate('30/60')).toEqual({ limit: 30, windowSeconds: 60 });
    expect(parseRate('10/3600')).toEqual({ limit: 10, windowSeconds: 3600 });
  });

  it('refuses anything else, zero included', () => {
    for (const raw of ['30', '0/60', '30/0', '30/60s', ' 30/60', '-1/60', '1.5/60', '30/60/2'])
      expect(() => parseRate(raw)).toThrow(/limit\/seconds/);
  });
});

describe(waitText.name, () => {
  it('says seconds under a minute and whole minutes, rounded up, from there', () => {
    expect([0, 1, 2.2, 59, 60, 61, 900].map(waitText)).toEqual([
      '1 giây',
      '1 giây',
      '3 giây',
      '59 giây',
      '1 phút',
      '2 phút',
      '15 phút',
    ]);
  });
});

describe('rateLimited', () => {
  it('is a 429 with a stable code and the wait for Retry-After', () => {
    const err = rateLimited(42.3);
    expect(err).toMatchObject({ code: 'RATE_LIMITED', status: 429, details: { retryAfterSeconds: 43 } });
    expect(err.message).toMatch(/43 giây/);
  });
});

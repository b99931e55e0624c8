import { blockSecondsAfterFailure, DEFAULT_THROTTLE } from './sign-in-throttle';

describe('blockSecondsAfterFailure', () => {
  it('lets the first failures through without waiting', () => {
    expect(blockSecondsAfterFailure(1)).toBe(0);
    expect(blockSecondsAfterFailure(2)).toBe(0);
  });
  it('doubles the wait after that', () => {
    expect([3, 4, 5].map((n) => blockSecondsAfterFailure(n))).toEqual([2, 4, 8]);
  });
  it('locks for a while after too many', () => {
    expect(blockSecondsAfterFailure(DEFAULT_THROTTLE.lockAfter)).toBe(15 * 60);
  });
});

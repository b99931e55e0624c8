import { blockSecondsAfterFailure, DEFAULT_THROTTLE, throttlePolicyProblem, waitSchedule } from './sign-in-throttle';

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

describe(waitSchedule.name, () => {
  it('lists the wait after each failure up to the lock, which the last entry repeats for later failures', () => {
    const schedule = waitSchedule();
    expect(schedule).toEqual([0, 0, 2, 4, 8, 16, 32, 900]);
    for (let n = 1; n <= DEFAULT_THROTTLE.lockAfter + 3; n++)
      expect(schedule[Math.min(n, schedule.length) - 1]).toBe(blockSecondsAfterFailure(n));
  });
  it('locks at once when the lock comes with the free failures', () => {
    expect(waitSchedule({ freeFailures: 3, lockAfter: 3, lockSeconds: 60 })).toEqual([0, 0, 60]);
  });
});

describe(throttlePolicyProblem.name, () => {
  it('accepts the default and refuses settings that make no sense', () => {
    expect(throttlePolicyProblem(DEFAULT_THROTTLE)).toBeNull();
    expect(throttlePolicyProblem({ ...DEFAULT_THROTTLE, freeFailures: 0 })).toMatch(/FREE_FAILURES/);
    expect(throttlePolicyProblem({ ...DEFAULT_THROTTLE, lockAfter: 2 })).toMatch(/LOCK_AFTER/);
    expect(throttlePolicyProblem({ ...DEFAULT_THROTTLE, lockAfter: 40 })).toMatch(/LOCK_AFTER/);
    expect(throttlePolicyProblem({ ...DEFAULT_THROTTLE, lockSeconds: 0 })).toMatch(/LOCK_SECONDS/);
  });
});

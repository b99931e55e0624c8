import { retakeAllowedAt } from './retake-policy';

const DAY = 86_400_000;
const now = new Date('2026-12-10T08:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY);

describe(retakeAllowedAt.name, () => {
  const weekly = { attemptsPerWindow: 1, windowDays: 7 };

  it('lets a first attempt start at once', () => {
    expect(retakeAllowedAt(weekly, [], now)).toBeNull();
  });

  it('refuses a second attempt inside the window, until seven days after the first started', () => {
    expect(retakeAllowedAt(weekly, [daysAgo(2)], now)).toEqual(new Date(daysAgo(2).getTime() + 7 * DAY));
    expect(retakeAllowedAt(weekly, [new Date(now.getTime() - 1)], now)).toEqual(new Date(now.getTime() - 1 + 7 * DAY));
  });

  it('allows it once the window has passed, exactly at its end', () => {
    expect(retakeAllowedAt(weekly, [daysAgo(7)], now)).toBeNull();
    expect(retakeAllowedAt(weekly, [daysAgo(30), daysAgo(8)], now)).toBeNull();
  });

  it('with two attempts a window, waits for the older of the last two to leave it', () => {
    const twice = { attemptsPerWindow: 2, windowDays: 7 };
    expect(retakeAllowedAt(twice, [daysAgo(3)], now)).toBeNull();
    expect(retakeAllowedAt(twice, [daysAgo(1), daysAgo(3)], now)).toEqual(new Date(daysAgo(3).getTime() + 7 * DAY));
    // After a policy change left three in the window: room for one more once two have left it.
    expect(retakeAllowedAt(twice, [daysAgo(1), daysAgo(2), daysAgo(5)], now)).toEqual(
      new Date(daysAgo(2).getTime() + 7 * DAY),
    );
  });

  it('ignores attempts dated in the future (clock skew) rather than refusing for ever', () => {
    expect(retakeAllowedAt(weekly, [new Date(now.getTime() + DAY)], now)).toBeNull();
  });
});

import { passes, retakeAt } from './retake-rules';

describe('passes', () => {
  it('passes at the pass mark and above, not below', () => {
    expect(passes(4, 6, 60)).toBe(true);
    expect(passes(3, 5, 60)).toBe(true);
    expect(passes(3, 6, 60)).toBe(false);
    expect(passes(0, 6, 0)).toBe(true);
  });
});

describe('retakeAt', () => {
  const submitted = new Date('2026-11-29T10:00:00Z');

  it('is the end of the wait while it runs', () => {
    expect(retakeAt(submitted, 30, new Date('2026-11-29T10:10:00Z'))).toEqual(new Date('2026-11-29T10:30:00Z'));
  });

  it('is null once the wait is over, with no wait, or with no submitted attempt', () => {
    expect(retakeAt(submitted, 30, new Date('2026-11-29T10:30:00Z'))).toBeNull();
    expect(retakeAt(submitted, 0, submitted)).toBeNull();
    expect(retakeAt(null, 30, submitted)).toBeNull();
  });
});

import {
  evaluateScores,
  itemReasonsProblem,
  nextApplicationStatus,
  passProblem,
  scoresProblem,
  validUntil,
} from './certification-rules';

const items = Array.from({ length: 10 }, (_, i) => ({ code: `i${i}`, maxScore: 10 }));
const all = (n: number) => Object.fromEntries(items.map((i) => [i.code, n]));
const rule = { passTotal: 80, minItemScore: 5 };

describe('nextApplicationStatus', () => {
  it('follows the happy path', () => {
    expect(nextApplicationStatus('draft', 'submit')).toBe('submitted');
    expect(nextApplicationStatus('submitted', 'verify')).toBe('verified');
    expect(nextApplicationStatus('verified', 'recognise')).toBe('recognised');
  });
  it('revokes a recognised title, and only that', () => {
    expect(nextApplicationStatus('recognised', 'revoke')).toBe('revoked');
    expect(() => nextApplicationStatus('verified', 'revoke')).toThrow(
      expect.objectContaining({ code: 'APPLICATION_STATUS_CONFLICT' }),
    );
  });
  it('returns from submitted and verified, and resubmits from returned', () => {
    expect(nextApplicationStatus('submitted', 'return')).toBe('returned');
    expect(nextApplicationStatus('verified', 'return')).toBe('returned');
    expect(nextApplicationStatus('returned', 'submit')).toBe('submitted');
  });
  it.each([
    ['draft', 'recognise'],
    ['submitted', 'recognise'],
    ['submitted', 'reject'],
    ['recognised', 'return'],
    ['rejected', 'submit'],
    ['verified', 'save'],
  ] as const)('refuses %s → %s', (from, action) => {
    expect(() => nextApplicationStatus(from, action)).toThrow(
      expect.objectContaining({ code: 'APPLICATION_STATUS_CONFLICT' }),
    );
  });
});

describe('evaluateScores', () => {
  it('passes at exactly 80 with no item below 5', () => {
    expect(evaluateScores(items, all(8), rule)).toMatchObject({ total: 80, passes: true });
  });
  it('fails below 80', () => {
    expect(evaluateScores(items, { ...all(8), i0: 7 }, rule)).toMatchObject({ total: 79, passes: false });
  });
  it('fails with one item below 5 even when the total is high', () => {
    const result = evaluateScores(items, { ...all(10), i3: 4 }, rule);
    expect(result).toMatchObject({ total: 94, passes: false, below: ['i3'] });
    expect(passProblem(result, rule)).toBe('Các mục dưới 5 điểm: i3.');
  });
  it('fails while an item is unscored', () => {
    const { i9: _, ...nine } = all(10);
    expect(evaluateScores(items, nine, rule)).toMatchObject({ passes: false, missing: ['i9'] });
  });
});

describe('scoresProblem', () => {
  it('refuses unknown items and out-of-range scores', () => {
    expect(scoresProblem(items, { x: 5 })).toMatch(/không có/);
    expect(scoresProblem(items, { i0: 11 })).toMatch(/từ 0 đến 10/);
    expect(scoresProblem(items, { i0: 4.5 })).toMatch(/số nguyên/);
    expect(scoresProblem(items, all(7))).toBeNull();
  });
});

describe('validUntil', () => {
  it('runs to the end of the following year', () => {
    expect(validUntil(2026)).toBe('2027-12-31');
  });
});

describe('itemReasonsProblem', () => {
  it('accepts short reasons for known items and refuses the rest', () => {
    expect(itemReasonsProblem(items, { i1: 'Thiếu minh chứng.' })).toBeNull();
    expect(itemReasonsProblem(items, { x: 'a' })).toMatch(/không có/);
    expect(itemReasonsProblem(items, { i1: { nested: true } })).toMatch(/văn bản/);
    expect(itemReasonsProblem(items, { i1: 'x'.repeat(2001) })).toMatch(/2000/);
  });
});

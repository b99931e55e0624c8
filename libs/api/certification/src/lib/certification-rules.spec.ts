import {
  brokenChainRefusal,
  dayIn,
  decisionDateProblem,
  evidenceNote,
  itemReasonsProblem,
  nextApplicationStatus,
  validUntil,
} from './certification-rules';

const items = Array.from({ length: 10 }, (_, i) => ({ code: `i${i}`, maxScore: 10 }));

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

describe('decisionDateProblem', () => {
  const today = '2026-11-29';
  it('accepts today and any day since 1 January of the applications’ year', () => {
    expect(decisionDateProblem(today, [2026], today)).toBeNull();
    expect(decisionDateProblem('2026-01-01', [2026], today)).toBeNull();
    expect(decisionDateProblem('2026-03-15', [2025, 2026], today)).toBeNull();
    expect(decisionDateProblem('2025-06-30', [2025], today)).toBeNull();
  });
  it('refuses a day in the future', () => {
    expect(decisionDateProblem('2026-11-30', [2026], today)).toMatch(/tương lai/);
    expect(decisionDateProblem('2099-01-01', [2026], today)).toMatch(/tương lai/);
  });
  it('refuses a day before the year of any application it recognises', () => {
    expect(decisionDateProblem('2025-12-31', [2026], today)).toMatch(/01\/01\/2026/);
    expect(decisionDateProblem('2025-12-31', [2025, 2026], today)).toMatch(/01\/01\/2026/);
    expect(decisionDateProblem('1900-01-01', [2026], today)).not.toBeNull();
  });
});

describe('dayIn', () => {
  it('gives the calendar day of the zone, not of UTC', () => {
    // 18:30 UTC is already 01:30 the next day in Hà Nội.
    expect(dayIn(new Date('2026-12-31T18:30:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2027-01-01');
    expect(dayIn(new Date('2026-12-31T18:30:00Z'), 'UTC')).toBe('2026-12-31');
  });
});

describe(brokenChainRefusal.name, () => {
  it('lets an officer act on an intact chain, and on a broken one only with a reason', () => {
    expect(brokenChainRefusal(null, undefined)).toBeNull();
    expect(brokenChainRefusal('rehashed', undefined)).toMatch(/tính lại/);
    expect(brokenChainRefusal('truncated', '   ')).toMatch(/bị xoá/);
    expect(brokenChainRefusal('modified', 'Đã đối chiếu bản giấy tại UBND xã.')).toBeNull();
  });
  it('records the reason only where a chain was broken', () => {
    expect(evidenceNote(null, 'không cần')).toEqual({ evidenceProblem: null, evidenceOverride: null });
    expect(evidenceNote('modified', ' Đã đối chiếu. ')).toEqual({
      evidenceProblem: 'modified',
      evidenceOverride: 'Đã đối chiếu.',
    });
  });
});

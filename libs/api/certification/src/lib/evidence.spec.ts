import { suggestScore, supportingRecords } from './evidence';

const rec = (verb: string, trust: string, domainLevels: Record<string, number> | null, date = '2026-05-01') => ({
  id: verb + date,
  objectId: `${verb}-${date}`,
  verb,
  trust,
  objectType: 'x',
  domainLevels,
  occurredAt: new Date(date),
});

describe('supportingRecords', () => {
  const records = [
    rec('completed', 'reported', null),
    rec('passed', 'verified', { '1': 2, '4': 3 }),
    rec('answered', 'reported', null),
    rec('completed', 'reported', null, '2025-05-01'),
  ];
  it('keeps completions of that year for learning items', () => {
    expect(supportingRecords('learning_completed', records, 2026)).toHaveLength(2);
  });
  it('keeps only verified test results for digital skills', () => {
    expect(supportingRecords('digital_skills', records, 2026).map((r) => r.verb)).toEqual(['passed']);
  });
  it('has nothing for items without evidence', () => {
    expect(supportingRecords(null, records, 2026)).toEqual([]);
  });
});

describe('suggestScore', () => {
  it('grows with completed learning, up to 10', () => {
    expect(suggestScore('learning_completed', [rec('completed', 'reported', null)])?.score).toBe(5);
    const many = Array.from({ length: 9 }, (_, i) => rec('completed', 'reported', null, `2026-05-0${i + 1}`));
    expect(suggestScore('learning_completed', many)?.score).toBe(10);
  });
  it('follows the weakest domain of the best verified result', () => {
    expect(suggestScore('digital_skills', [rec('passed', 'verified', { '1': 3, '2': 2 })])?.score).toBe(8);
    expect(suggestScore('digital_skills', [rec('passed', 'verified', { '1': 3, '2': 3 })])?.score).toBe(10);
    expect(suggestScore('digital_skills', [rec('failed', 'verified', { '1': 0 })])).toBeNull();
  });
  it('counts each learning object once, however often it is reported', () => {
    const again = Array.from({ length: 10 }, () => rec('completed', 'reported', null));
    expect(suggestScore('learning_completed', again)?.score).toBe(5);
  });
  it('suggests nothing without evidence', () => {
    expect(suggestScore('learning_completed', [])).toBeNull();
    expect(suggestScore(null, [rec('completed', 'reported', null)])).toBeNull();
  });
});

import { DIGITAL_SKILLS_ASSESSMENT, type Trust } from '@lc/shared-contracts';
import { REPORTED_ACTIVITIES_COUNTED, suggestScore, supportingRecords, trustCounts, weighEvidence } from './evidence';

let n = 0;
const rec = (
  verb: string,
  trust: Trust,
  domainLevels: Record<string, number> | null = null,
  over: { date?: string; objectId?: string; voidsRecordId?: string; objectType?: string } = {},
) => ({
  id: `r${++n}`,
  objectId: over.objectId ?? `object-${n}`,
  verb,
  trust,
  // Levels on a verified record come from the city's assessment unless a test says otherwise.
  objectType: over.objectType ?? (domainLevels ? DIGITAL_SKILLS_ASSESSMENT : 'x'),
  domainLevels,
  voidsRecordId: over.voidsRecordId ?? null,
  occurredAt: new Date(over.date ?? '2026-05-01'),
});
const many = (count: number, trust: Trust, verb = 'completed') => Array.from({ length: count }, () => rec(verb, trust));

describe('supportingRecords', () => {
  const records = [
    rec('completed', 'reported'),
    rec('passed', 'verified', { '1': 2, '4': 3 }),
    rec('answered', 'reported'),
    rec('completed', 'reported', null, { date: '2025-05-01' }),
    rec('passed', 'reported', { '1': 3 }),
  ];
  it('keeps completions of that year for learning items, whatever their trust', () => {
    expect(supportingRecords('learning_completed', records, 2026).map((r) => r.trust)).toEqual([
      'reported',
      'verified',
      'reported',
    ]);
  });
  it('keeps results with domain levels for digital skills', () => {
    expect(supportingRecords('digital_skills', records, 2026)).toHaveLength(2);
  });
  it('leaves out a record that a later one voids', () => {
    const wrong = rec('completed', 'verified');
    const fix = rec('answered', 'verified', null, { voidsRecordId: wrong.id });
    expect(supportingRecords('learning_completed', [wrong, fix], 2026)).toEqual([]);
  });
  it('has nothing for items without evidence', () => {
    expect(supportingRecords(null, records, 2026)).toEqual([]);
  });
});

describe('trustCounts', () => {
  it('counts every trust level, zero included', () => {
    expect(
      trustCounts([rec('completed', 'reported'), rec('completed', 'reported'), rec('passed', 'verified')]),
    ).toEqual({ verified: 1, attested: 0, reported: 2, declared: 0 });
  });
});

describe('suggestScore for completed learning', () => {
  it('never reaches full marks on browser-reported completions alone, however many', () => {
    for (const count of [1, 2, 3, 7, 50]) {
      const s = suggestScore('learning_completed', many(count, 'reported'))!;
      expect(s.score).toBe(4 + Math.min(count, REPORTED_ACTIVITIES_COUNTED));
      expect(s.score).toBeLessThanOrEqual(6);
      expect(s.trust).toEqual(['reported']);
      expect(s.capped).toBe(count > REPORTED_ACTIVITIES_COUNTED);
      expect(s.reason.en).toContain('participation only');
      expect(s.reason.vi).toMatch(new RegExp(`^${count} hoạt động tự báo cáo`));
    }
  });
  it('gives verified and attested completions full weight, up to 10', () => {
    expect(suggestScore('learning_completed', many(1, 'verified'))?.score).toBe(5);
    const s = suggestScore('learning_completed', [...many(3, 'verified'), ...many(3, 'attested')])!;
    expect(s).toMatchObject({ score: 10, trust: ['verified', 'attested'], capped: false });
  });
  it('adds at most two reported activities to verified ones', () => {
    const s = suggestScore('learning_completed', [...many(2, 'verified'), ...many(7, 'reported')])!;
    expect(s).toMatchObject({ score: 8, trust: ['verified', 'reported'], capped: true });
    expect(s.reason.vi).toMatch(/2 hoạt động.*7 hoạt động tự báo cáo/);
    expect(suggestScore('learning_completed', [...many(4, 'verified'), ...many(2, 'reported')])?.score).toBe(10);
  });
  it('does not count an activity twice when it is both reported and verified', () => {
    const verified = rec('completed', 'verified', null, { objectId: 'same' });
    const reported = rec('completed', 'reported', null, { objectId: 'same' });
    expect(suggestScore('learning_completed', [verified, reported])).toMatchObject({ score: 5, trust: ['verified'] });
  });
  it('counts each learning object once, however often it is reported', () => {
    const again = Array.from({ length: 10 }, () => rec('completed', 'reported', null, { objectId: 'one' }));
    expect(suggestScore('learning_completed', again)?.score).toBe(5);
  });
  it('suggests nothing from declared records or no evidence', () => {
    expect(suggestScore('learning_completed', many(5, 'declared'))).toBeNull();
    expect(suggestScore('learning_completed', [])).toBeNull();
    expect(suggestScore(null, many(3, 'verified'))).toBeNull();
  });
});

describe('suggestScore for digital skills', () => {
  it('follows the weakest domain of the best verified or attested result', () => {
    expect(suggestScore('digital_skills', [rec('passed', 'verified', { '1': 3, '2': 2 })])?.score).toBe(8);
    expect(suggestScore('digital_skills', [rec('passed', 'verified', { '1': 3, '2': 3 })])).toMatchObject({
      score: 10,
      trust: ['verified'],
    });
    expect(suggestScore('digital_skills', [rec('passed', 'attested', { '1': 1 })])).toMatchObject({
      score: 6,
      trust: ['attested'],
    });
  });
  it("never counts a trainer's course test, however high its levels (issue 8 §1)", () => {
    const courseTest = rec('passed', 'verified', { '1': 8, '2': 8 }, { objectType: 'test' });
    expect(supportingRecords('digital_skills', [courseTest], 2026)).toEqual([]);
    expect(suggestScore('digital_skills', [courseTest])).toBeNull();
  });
  it('never counts reported or declared levels', () => {
    expect(suggestScore('digital_skills', [rec('passed', 'reported', { '1': 3, '2': 3 })])).toBeNull();
    expect(suggestScore('digital_skills', [rec('passed', 'declared', { '1': 3 })])).toBeNull();
  });
  it('suggests nothing for a result without a level', () => {
    expect(suggestScore('digital_skills', [rec('failed', 'verified', { '1': 0 })])).toBeNull();
    expect(suggestScore('digital_skills', [rec('failed', 'verified', {})])).toBeNull();
  });
});

describe('weighEvidence', () => {
  it('gives a voided assessment result no suggestion, and the result that replaced it its own', () => {
    const voided = rec('passed', 'verified', { '1': 3, '4': 3 });
    const voiding = rec('voided', 'verified', null, { voidsRecordId: voided.id });
    expect(weighEvidence('digital_skills', [voided, voiding], 2026)).toEqual({
      records: [],
      trustCounts: { verified: 0, attested: 0, reported: 0, declared: 0 },
      suggestion: null,
    });
    const retaken = rec('passed', 'verified', { '1': 2, '4': 2 });
    const weighed = weighEvidence('digital_skills', [voided, voiding, retaken], 2026);
    expect(weighed.records).toEqual([retaken]);
    expect(weighed.suggestion?.score).toBe(8);
  });
  it('gives a voided completion no points', () => {
    const done = rec('completed', 'verified');
    const voiding = rec('voided', 'attested', null, { voidsRecordId: done.id });
    expect(weighEvidence('learning_completed', [done, voiding], 2026).suggestion).toBeNull();
    expect(weighEvidence('learning_completed', [done], 2026).suggestion?.score).toBe(5);
  });
});

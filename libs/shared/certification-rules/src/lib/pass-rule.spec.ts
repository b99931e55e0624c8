import { CriteriaItem } from '@lc/shared-contracts';
import { evaluateScores, passProblem, toScoreRecord } from './pass-rule';

const item = (code: string): CriteriaItem => ({
  code,
  group: 'G',
  text: { vi: `Mục ${code}` },
  maxScore: 10,
  evidence: null,
});
const criteria = {
  items: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].map(item),
  passTotal: 80,
  minItemScore: 5,
};
const all = (score: number) => Object.fromEntries(criteria.items.map((i) => [i.code, score]));

describe('evaluateScores', () => {
  it('passes at exactly the pass total with no item below the minimum', () => {
    const result = evaluateScores(criteria, all(8));
    expect(result).toMatchObject({ total: 80, maxTotal: 100, passes: true, shortBy: 0, complete: true });
    expect(result.belowMinimum).toEqual([]);
  });

  it('fails a high total when one item is below the minimum, and names that item', () => {
    const result = evaluateScores(criteria, { ...all(10), '7': 4 });
    expect(result.total).toBe(94);
    expect(result.passes).toBe(false);
    expect(result.belowMinimum.map((i) => i.code)).toEqual(['7']);
  });

  it('treats 5 as meeting the minimum', () => {
    const result = evaluateScores(criteria, { ...all(9), '1': 5 });
    expect(result.total).toBe(86);
    expect(result.passes).toBe(true);
  });

  it('reports how many points are missing under the pass total', () => {
    const result = evaluateScores(criteria, { ...all(8), '3': 6 });
    expect(result.total).toBe(78);
    expect(result.shortBy).toBe(2);
    expect(result.passes).toBe(false);
  });

  it('counts unscored items as 0 and lists them, without calling them below the minimum', () => {
    const result = evaluateScores(criteria, { ...all(10), '2': null, '4': undefined });
    expect(result.total).toBe(80);
    expect(result.complete).toBe(false);
    expect(result.passes).toBe(false);
    expect(result.unscored.map((i) => i.code)).toEqual(['2', '4']);
    expect(result.belowMinimum).toEqual([]);
  });

  it('ignores scores for codes outside the criteria set', () => {
    expect(evaluateScores(criteria, { ...all(8), extra: 10 }).total).toBe(80);
  });
});

describe('toScoreRecord', () => {
  it('keeps only numbers, including 0', () => {
    expect(toScoreRecord({ a: 0, b: null, c: undefined, d: 7 })).toEqual({ a: 0, d: 7 });
  });
});

describe('passProblem', () => {
  it('says which items are unscored, then which are below the minimum, then by how much the total falls short', () => {
    expect(passProblem(evaluateScores(criteria, { ...all(10), '10': null }))).toBe('Còn mục chưa chấm điểm: 10.');
    expect(passProblem(evaluateScores(criteria, { ...all(10), '4': 4 }))).toBe('Các mục dưới 5 điểm: 4.');
    expect(passProblem(evaluateScores(criteria, { ...all(8), '1': 7 }))).toBe('Tổng điểm 79 chưa đạt 80.');
    expect(passProblem(evaluateScores(criteria, all(8)))).toBeNull();
  });
  it('treats a score that is not a number as missing, as the form does', () => {
    expect(evaluateScores(criteria, { ...all(9), '3': Number.NaN })).toMatchObject({ passes: false, total: 81 });
    expect(evaluateScores(criteria, { ...all(9), '3': Number.NaN }).unscored.map((i) => i.code)).toEqual(['3']);
  });
});

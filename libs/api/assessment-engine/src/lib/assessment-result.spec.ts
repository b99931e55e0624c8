import { testConfig } from '../testing';
import { assessmentResult } from './assessment-result';
import type { CutScores } from './cut-scores';
import { prepareBank } from './prepared-bank';

const cuts: CutScores = {
  version: 'cuts-1',
  calibrationVersion: 'p',
  basis: 'test',
  levels: Array.from({ length: 7 }, (_, i) => ({ level: i + 2, minTheta: i - 0.5 })),
};
const items = [
  ...['1.1', '1.1', '1.1', '1.2', '1.2', '1.2', '1.3'].map((competence, n) => ({ id: `i${n}`, competence, level: 2 })),
  { id: 'j0', competence: '2.1', level: 2 },
];
const bank = prepareBank(items, testConfig({ stop: { minPerDomain: 1 } }), {
  version: 'p',
  items: Object.fromEntries(items.map((i) => [i.id, { a: 1, b: 0 }])),
});
const answer = (itemId: string, correct: boolean) => ({ itemId, correct });

describe('assessmentResult', () => {
  it('reports per domain the EAP, its standard error and the level of the cut scores', () => {
    const result = assessmentResult(bank, cuts, [answer('i0', true), answer('i3', true), answer('i6', true)]);
    const domain = result.domains[0];
    expect(domain).toMatchObject({ domain: '1', items: 3 });
    expect(domain.theta).toBeGreaterThan(0.5);
    expect(domain.se).toBeLessThan(1);
    expect(domain.level).toBe(3);
    expect(result).toMatchObject({ engineVersion: 'test', calibrationVersion: 'p', cutScoresVersion: 'cuts-1' });
  });

  it('gives the posterior probability of every level, summing to one', () => {
    const result = assessmentResult(bank, cuts, [answer('i0', true), answer('i3', true), answer('i6', true)]);
    const p = result.domains[0].levelProbabilities;
    expect(p).toHaveLength(8);
    expect(p.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
    expect(Math.max(...p)).toBe(p[2]);
    // With no answers the probabilities are the prior's: P(θ < −0.5) for N(0, 1) is 0.3085 (within the grid step).
    expect(result.domains[1].levelProbabilities[0]).toBeCloseTo(0.3085, 1);
  });

  it('gives no level to a domain without answers', () => {
    const result = assessmentResult(bank, cuts, [answer('i0', false)]);
    expect(result.domains[1]).toMatchObject({ domain: '2', items: 0, level: null });
    expect(result.domains[1].se).toBeCloseTo(1, 3);
  });

  it('says which competences stand out once enough of their items were seen', () => {
    const answers = [
      ...['i0', 'i1', 'i2'].map((id) => answer(id, true)),
      ...['i3', 'i4', 'i5'].map((id) => answer(id, false)),
      answer('i6', true),
    ];
    const result = assessmentResult(bank, cuts, answers);
    expect(result.competences).toEqual([
      { competence: '1.1', domain: '1', items: 3, strength: 'stronger' },
      { competence: '1.2', domain: '1', items: 3, strength: 'weaker' },
      { competence: '1.3', domain: '1', items: 1, strength: null },
    ]);
  });

  it('calls a competence typical when it answers as the domain predicts', () => {
    const result = assessmentResult(bank, cuts, [
      answer('i0', true),
      answer('i1', false),
      answer('i3', true),
      answer('i4', false),
    ]);
    expect(result.competences.map((c) => c.strength)).toEqual(['typical', 'typical']);
  });
});

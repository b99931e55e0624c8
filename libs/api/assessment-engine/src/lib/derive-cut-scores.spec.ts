import { deriveCutScores } from './derive-cut-scores';
import { priorParameters } from './item-prior';

const mapping = { a: 1, bAtLevel1: -1.5, bPerLevel: 1 };
const items = ['1.1', '2.1'].flatMap((competence) =>
  [1, 2, 3, 4].map((level) => ({ id: `${competence}-${level}`, competence, level })),
);
const meta = { version: 'cuts-2', calibrationVersion: 'cal-2' };

describe('deriveCutScores', () => {
  it('puts level L where half of the level-L items are expected right: on prior parameters, their b', () => {
    const params = Object.fromEntries(items.map((i) => [i.id, priorParameters(i.level, mapping)]));
    const { cutScores, notes } = deriveCutScores(items, params, mapping, meta);
    expect(cutScores.levels.map((c) => c.minTheta)).toEqual([-0.5, 0.5, 1.5, 2.5, 3.5, 4.5, 5.5]);
    expect(cutScores.byDomain?.['2']).toEqual(cutScores.levels);
    expect(notes.filter((n) => n.startsWith('all domains'))).toHaveLength(4);
    expect(cutScores).toMatchObject(meta);
  });

  it("follows each domain's calibrated items, and keeps the levels in order", () => {
    const params = Object.fromEntries(items.map((i) => [i.id, priorParameters(i.level, mapping)]));
    params['2.1-3'] = { a: 1.4, b: -1 };
    const { cutScores, notes } = deriveCutScores(items, params, mapping, meta);
    expect(cutScores.byDomain?.['1'][1].minTheta).toBe(0.5);
    expect(cutScores.byDomain?.['2'][1].minTheta).toBe(-0.45);
    expect(notes).toContain("domain 2 level 3: its items came out easier than level 2's; raised to keep the order");
  });
});

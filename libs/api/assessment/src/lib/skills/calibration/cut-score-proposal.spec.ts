import { cutScoreProposal } from './cut-score-proposal';

const mapping = { a: 1, bAtLevel1: -1.5, bPerLevel: 1 };
const items = [2, 3, 4, 5, 6, 7, 8].flatMap((level) =>
  ['1.1', '2.1'].map((competence) => ({ id: `${competence}-L${level}`, competence, level })),
);
const inForce = { levels: [2, 3, 4, 5, 6, 7, 8].map((level) => ({ level, minTheta: level - 2.5 })) };

describe(cutScoreProposal.name, () => {
  it('proposes where half of each level’s items are expected right, beside the cuts in force', () => {
    // Every item one logit harder than its level's prior: each proposed cut moves up by one.
    const calibration = {
      version: 'em:1',
      itemPrior: mapping,
      items: Object.fromEntries(items.map((i) => [i.id, { a: 1, b: -1.5 + (i.level - 1) + 1, source: 'calibrated' }])),
    };
    const proposal = cutScoreProposal(items, calibration as never, inForce);
    expect(proposal.levels.map((l) => l.level)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    for (const l of proposal.levels) {
      expect(l.inForce).toBe(l.level - 2.5);
      expect(l.proposed).toBeCloseTo(l.level - 2.5 + 1, 2);
    }
    expect(proposal.notes).toBe(0);
  });

  it('counts the levels it had to extrapolate or reorder', () => {
    const few = items.filter((i) => i.level <= 4);
    const calibration = {
      version: 'em:2',
      itemPrior: mapping,
      items: Object.fromEntries(few.map((i) => [i.id, { a: 1, b: -1.5 + (i.level - 1), source: 'calibrated' }])),
    };
    expect(cutScoreProposal(few, calibration as never, inForce).notes).toBeGreaterThan(0);
  });
});

import { gridPoints, normalLogWeights } from './grid';
import { eap, summarise } from './posterior';

describe('EAP', () => {
  // Worked by hand on the grid −1, 0, 1 with N(0, 1) weights e^{−θ²/2} = 0.60653, 1, 0.60653:
  // P(θ) for a = 1, b = 0 is 0.26894, 0.5, 0.73106, so the posterior ∝ 0.16312, 0.5, 0.44341 (sum 1.10653),
  // mean (0.44341 − 0.16312) / 1.10653 = 0.25330, E[θ²] = 0.60653 / 1.10653 = 0.54814, SD √(0.54814 − 0.25330²).
  const grid = Float64Array.from([-1, 0, 1]);
  const prior = normalLogWeights(grid, 0, 1);

  it('matches a case worked by hand: one right answer', () => {
    const { theta, se } = eap(grid, prior, [{ a: 1, b: 0, correct: true }]);
    expect(theta).toBeCloseTo(0.253304, 6);
    expect(se).toBeCloseTo(0.695683, 6);
  });

  it('matches a case worked by hand: right, then wrong on a harder, sharper item', () => {
    // × (1 − P) for a = 2, b = 0.5: 0.95257, 0.73106, 0.26894 → 0.15539, 0.36553, 0.11925.
    const answers = [
      { a: 1, b: 0, correct: true },
      { a: 2, b: 0.5, correct: false },
    ];
    const { theta, se } = eap(grid, prior, answers);
    expect(theta).toBeCloseTo(-0.056445, 6);
    expect(se).toBeCloseTo(0.65255, 5);
  });

  it('gives the prior back with no answers, on the default grid', () => {
    const g = gridPoints({ min: -6, max: 6, points: 81 });
    const { theta, se } = eap(g, normalLogWeights(g, 0, 1), []);
    expect(theta).toBeCloseTo(0, 10);
    expect(se).toBeCloseTo(1, 3);
  });

  it('stays finite when every answer is right, where maximum likelihood has no estimate', () => {
    const g = gridPoints({ min: -6, max: 6, points: 81 });
    const answers = Array.from({ length: 30 }, () => ({ a: 1.5, b: 0, correct: true }));
    const { theta, se } = eap(g, normalLogWeights(g, 0, 1), answers);
    expect(theta).toBeGreaterThan(2);
    expect(theta).toBeLessThan(6);
    expect(se).toBeGreaterThan(0);
  });

  it('does not overflow with large log values', () => {
    const log = Float64Array.from([-1e6 - 1, -1e6, -1e6 - 1]);
    expect(summarise(grid, log).theta).toBeCloseTo(0, 10);
    expect(Number.isFinite(summarise(grid, log).se)).toBe(true);
  });
});

import { information, probability } from './irt';

describe('2PL', () => {
  const item = { a: 1.5, b: 0.5 };

  it('gives one half at θ = b and follows the logistic curve', () => {
    expect(probability(item, 0.5)).toBe(0.5);
    expect(probability(item, 1.5)).toBeCloseTo(1 / (1 + Math.exp(-1.5)), 12);
    expect(probability(item, -0.5) + probability(item, 1.5)).toBeCloseTo(1, 12);
  });

  it('has information a²/4 at θ = b, its maximum', () => {
    expect(information(item, 0.5)).toBeCloseTo(0.5625, 12);
    for (const theta of [-2, 0, 0.4, 0.6, 1, 3]) expect(information(item, theta)).toBeLessThan(0.5625);
    expect(information(item, 1.5)).toBeCloseTo(0.33558, 6);
  });

  it('equals P′² / (P (1 − P)), the definition of Fisher information for a binary answer', () => {
    for (const theta of [-2, -0.3, 0.5, 2.2]) {
      const h = 1e-5;
      const slope = (probability(item, theta + h) - probability(item, theta - h)) / (2 * h);
      const p = probability(item, theta);
      expect(information(item, theta)).toBeCloseTo((slope * slope) / (p * (1 - p)), 6);
    }
  });

  it('is symmetric around b', () => {
    expect(information(item, 0.5 - 0.7)).toBeCloseTo(information(item, 0.5 + 0.7), 12);
  });
});

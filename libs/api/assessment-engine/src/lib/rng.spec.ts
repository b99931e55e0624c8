import { createRng, normalDeviate } from './rng';

describe('createRng', () => {
  it('replays the same sequence from the same seed, numeric or text', () => {
    const draw = (rng: () => number) => Array.from({ length: 5 }, rng);
    expect(draw(createRng(42))).toEqual(draw(createRng(42)));
    expect(draw(createRng('attempt-1:3'))).toEqual(draw(createRng('attempt-1:3')));
    expect(draw(createRng('attempt-1:3'))).not.toEqual(draw(createRng('attempt-1:4')));
  });

  it('draws uniformly in [0, 1)', () => {
    const rng = createRng(7);
    const values = Array.from({ length: 20000 }, rng);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.reduce((s, v) => s + v, 0) / values.length).toBeCloseTo(0.5, 2);
  });

  it('gives standard normal deviates', () => {
    const rng = createRng(9);
    const values = Array.from({ length: 20000 }, () => normalDeviate(rng));
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(sd - 1)).toBeLessThan(0.03);
  });
});

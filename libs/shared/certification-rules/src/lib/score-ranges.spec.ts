import { scoreMapProblem, scoresProblem } from './score-ranges';

const items = Array.from({ length: 10 }, (_, i) => ({ code: `i${i}`, maxScore: 10 }));
const all = (n: number) => Object.fromEntries(items.map((i) => [i.code, n]));

describe('scoresProblem', () => {
  it('refuses unknown items and out-of-range scores', () => {
    expect(scoresProblem(items, { x: 5 })).toMatch(/không có/);
    expect(scoresProblem(items, { i0: 11 })).toMatch(/từ 0 đến 10/);
    expect(scoresProblem(items, { i0: 4.5 })).toMatch(/số nguyên/);
    expect(scoresProblem(items, all(7))).toBeNull();
  });
});

describe('scoreMapProblem', () => {
  it('accepts item codes as keys, an empty map included, and leaves the scores to scoresProblem', () => {
    expect(scoreMapProblem({ '1.1': 0, '3.2': 10 })).toBeNull();
    expect(scoreMapProblem({ '1.1': 11 })).toBeNull();
    expect(scoreMapProblem({})).toBeNull();
  });

  it('refuses anything but a map', () => {
    for (const value of [null, [], 'x', 8, undefined]) expect(scoreMapProblem(value)).toMatch(/bảng mục/);
  });

  it('refuses keys that are not item codes, prototype names included', () => {
    expect(scoreMapProblem(JSON.parse('{"constructor": 8}'))).toMatch(/không phải mã mục/);
    expect(scoreMapProblem(JSON.parse('{"__proto__": 8}'))).toMatch(/không phải mã mục/);
    expect(scoreMapProblem({ ['x'.repeat(300)]: 8 })).toMatch(/^"x{20}" không phải/);
  });

  it('refuses more than 100 items', () => {
    const many = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`1.${i}`, 1]));
    expect(scoreMapProblem(many)).toMatch(/nhiều nhất 100/);
  });
});

describe('scoresProblem on what the wire can carry', () => {
  it('refuses scores that are not whole numbers from 0 to the maximum', () => {
    for (const score of [11, -1, 4.5, 1e308, '8', null, Number.NaN])
      expect(scoresProblem(items, { i0: score as number })).toMatch(/từ 0 đến 10/);
  });
});

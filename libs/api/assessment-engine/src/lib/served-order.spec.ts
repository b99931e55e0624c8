import { createRng } from './rng';
import { servedOrder } from './served-order';

describe(servedOrder.name, () => {
  const key = ['a', 'b', 'c', 'd'];

  it('never serves the key order, whatever the draw', () => {
    for (let seed = 0; seed < 500; seed++) {
      const order = servedOrder(key, key, createRng(seed));
      expect(order).not.toEqual(key);
      expect([...order].sort()).toEqual(key);
    }
  });

  it('serves every other order of the steps, so the order tells nothing', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 2000; seed++) seen.add(servedOrder(key, key, createRng(seed)).join(''));
    expect(seen.size).toBe(23); // 4! orders less the key's
  });

  it('shuffles steps stored in any order, and the same draw gives the same order', () => {
    const stored = ['c', 'a', 'd', 'b'];
    expect(servedOrder(stored, key, createRng('attempt:3'))).toEqual(servedOrder(stored, key, createRng('attempt:3')));
    expect(servedOrder(['a', 'b'], ['a', 'b'], () => 0.99)).toEqual(['b', 'a']);
    expect(servedOrder(['a'], ['a'], createRng(1))).toEqual(['a']);
  });
});

import { testConfig } from '../testing';
import type { EngineConfig } from './engine-config';
import { prepareBank } from './prepared-bank';
import { createRng } from './rng';
import { selectItem } from './select-item';

// Domain 1 only: ten items of 1.1 with b = −2 … 2.5, and three of 1.2 far from θ = 0.
const bs = [-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5];
const items = [
  ...bs.map((b, n) => ({ id: `a${n}`, competence: '1.1', level: 2, b })),
  ...[3, 3.5, 4].map((b, n) => ({ id: `c${n}`, competence: '1.2', level: 4, b })),
];
const parameters = { version: 'p', items: Object.fromEntries(items.map((i) => [i.id, { a: 1, b: i.b }])) };
const bankWith = (config: EngineConfig) => prepareBank(items, config, parameters);
const id = (bank: ReturnType<typeof bankWith>, i: number | null) => (i === null ? null : bank.items[i].id);
const none = new Map<string, number>();

describe('selectItem', () => {
  it('takes the most informative item at θ when top k is 1', () => {
    const bank = bankWith(testConfig({ selection: { topK: 1, contentBalanceSlack: 99 } }));
    expect(id(bank, selectItem(bank, 0, 0.1, none, { answered: new Set(), rng: Math.random }))).toBe('a4');
    expect(id(bank, selectItem(bank, 0, 0.1, none, { answered: new Set([4]), rng: Math.random }))).toBe('a5');
  });

  it('chooses at random among the k most informative, and only among them', () => {
    const bank = bankWith(testConfig({ selection: { topK: 3, contentBalanceSlack: 99 } }));
    const rng = createRng(1);
    const picks = new Set(
      Array.from({ length: 200 }, () => id(bank, selectItem(bank, 0, 0, none, { answered: new Set(), rng }))),
    );
    expect([...picks].sort()).toEqual(['a3', 'a4', 'a5']);
  });

  it('balances content: the competence seen least goes first, however little it informs', () => {
    const bank = bankWith(testConfig({ selection: { topK: 1 } }));
    const seen = new Map([['1.1', 1]]);
    expect(id(bank, selectItem(bank, 0, 0, seen, { answered: new Set([4]), rng: Math.random }))).toBe('c0');
    const slack = bankWith(testConfig({ selection: { topK: 1, contentBalanceSlack: 1 } }));
    expect(id(slack, selectItem(slack, 0, 0, seen, { answered: new Set([4]), rng: Math.random }))).toBe('a3');
  });

  it('leaves out items at or over the exposure cap', () => {
    const bank = bankWith(testConfig({ selection: { topK: 1, contentBalanceSlack: 99, maxExposureRate: 0.25 } }));
    const exposure = {
      examinees: 100,
      seen: new Map([
        ['a4', 25],
        ['a5', 24],
        ['a3', 60],
      ]),
    };
    expect(id(bank, selectItem(bank, 0, 0, none, { answered: new Set(), exposure, rng: Math.random }))).toBe('a5');
  });

  it('ignores exposure until enough examinees have been counted', () => {
    const bank = bankWith(testConfig({ selection: { topK: 1, contentBalanceSlack: 99, exposureMinSample: 50 } }));
    const exposure = { examinees: 49, seen: new Map([['a4', 49]]) };
    expect(id(bank, selectItem(bank, 0, 0, none, { answered: new Set(), exposure, rng: Math.random }))).toBe('a4');
  });

  it('lifts the cap rather than end the domain when every open item is over it', () => {
    const bank = bankWith(testConfig({ selection: { topK: 1, contentBalanceSlack: 99 } }));
    const exposure = { examinees: 100, seen: new Map(items.map((i) => [i.id, 90])) };
    expect(id(bank, selectItem(bank, 0, 0, none, { answered: new Set(), exposure, rng: Math.random }))).toBe('a4');
  });

  it('never offers an excluded item, and returns null when nothing is left', () => {
    const bank = bankWith(testConfig({ selection: { topK: 1, contentBalanceSlack: 99 } }));
    const ctx = { answered: new Set<number>(), exclude: new Set(['a4']), rng: Math.random };
    expect(id(bank, selectItem(bank, 0, 0, none, ctx))).toBe('a3');
    const all = new Set(items.map((_, i) => i));
    expect(selectItem(bank, 0, 0, none, { answered: all, rng: Math.random })).toBeNull();
  });
});

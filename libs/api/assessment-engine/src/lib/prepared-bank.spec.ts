import { syntheticItems, testConfig } from '../testing';
import { prepareBank } from './prepared-bank';

describe('prepareBank', () => {
  const items = syntheticItems();

  it('puts every item on its level prior until calibrated: a 1, b = −1.5 + (level − 1)', () => {
    const bank = prepareBank(items, testConfig());
    expect(bank.items).toHaveLength(480);
    expect(bank.items.find((i) => i.level === 1)).toMatchObject({ a: 1, b: -1.5 });
    expect(bank.items.find((i) => i.level === 6)).toMatchObject({ a: 1, b: 3.5 });
    expect(bank.calibrationVersion).toBe('prior:test');
  });

  it('takes calibrated parameters where the calibration has them', () => {
    const id = items[0].id;
    const bank = prepareBank(items, testConfig(), { version: 'cal-1', items: { [id]: { a: 1.7, b: -0.2 } } });
    expect(bank.items[0]).toMatchObject({ a: 1.7, b: -0.2 });
    expect(bank.items[1]).toMatchObject({ a: 1, b: -1.5 });
    expect(bank.calibrationVersion).toBe('cal-1');
  });

  it('orders domains as the framework does and lists their competences', () => {
    const bank = prepareBank(items, testConfig());
    expect(bank.domains).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(bank.competencesByDomain[1]).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5', '2.6']);
    expect(bank.itemsByDomain[0]).toHaveLength(60);
  });

  it('precomputes log P and log (1 − P) on the grid', () => {
    const bank = prepareBank(items, testConfig());
    const k = bank.grid.findIndex((t) => Math.abs(t - -1.5) < 1e-9);
    expect(bank.logP[0][k]).toBeCloseTo(Math.log(0.5), 12);
    expect(Math.exp(bank.logP[0][3]) + Math.exp(bank.logQ[0][3])).toBeCloseTo(1, 12);
  });

  it('refuses a duplicate id, and a total cap that cannot hold every domain minimum', () => {
    expect(() => prepareBank([items[0], items[0]], testConfig())).toThrow(/twice/);
    expect(() => prepareBank(items, testConfig({ stop: { maxTotal: 20 } }))).toThrow(/cannot hold 4 items/);
  });
});

import { rosterKpi } from './roster-kpis';

const target = (code: 'K0' | 'K2', year: number) => (code === 'K2' ? (year === 2025 ? 0.6 : 0.8) : null);

describe('rosterKpi', () => {
  it('counts over the communes that have a roster, and names how many', () => {
    const k2 = rosterKpi(
      'K2',
      [
        { members: 10, counted: 6 },
        { members: 0, counted: 0 },
        { members: 30, counted: 9 },
      ],
      { holders: 1, adults: 2 },
      target,
    );
    expect(k2).toMatchObject({ numerator: 15, denominator: 40, value: 15 / 40, target2025: 0.6, target2030: 0.8 });
    expect(k2.denominatorSource).toBe('roster');
    expect(k2.denominatorLabel.vi).toContain('(2 xã/phường)');
  });

  it('falls back to registered officials for K2 only, and says so', () => {
    const k2 = rosterKpi('K2', [], { holders: 3, adults: 12 }, target);
    expect(k2).toMatchObject({ numerator: 3, denominator: 12, value: 0.25, denominatorSource: 'registered_officials' });
    expect(k2.denominatorLabel.en).toContain('no learning-unit roster');
    const k0 = rosterKpi('K0', [], { holders: 3, adults: 12 }, target);
    expect(k0).toMatchObject({ numerator: 0, denominator: 0, value: null, denominatorSource: 'none' });
  });
});

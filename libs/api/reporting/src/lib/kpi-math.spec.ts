import { buildKpis, loadedPopulation, ratio, suppressed } from './kpi-math';

describe('ratio', () => {
  it('is null over nobody rather than 0 or NaN', () => {
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(1, 4)).toBe(0.25);
  });
});

describe('buildKpis', () => {
  const kpis = buildKpis(
    { holders: 40, adults: 200, withSkills: 30, proficient: 12, proficientWithSkills: 12 },
    'registered_adults',
    18,
    (code, year) => (code === 'K1' ? (year === 2025 ? 0.4 : 0.6) : null),
  );
  it('divides holders by adults for K1 and says what the denominator counts', () => {
    expect(kpis[0]).toMatchObject({
      code: 'K1',
      numerator: 40,
      denominator: 200,
      value: 0.2,
      target2025: 0.4,
      target2030: 0.6,
    });
    expect(kpis[0].denominatorLabel.vi).toContain('đã đăng ký trên nền tảng');
  });
  it('reports K3 and K4 over holders, and K4 over K3', () => {
    expect(kpis.map((k) => [k.code, k.value])).toEqual([
      ['K1', 0.2],
      ['K3', 0.75],
      ['K4', 0.3],
      ['K4_OF_K3', 0.4],
    ]);
  });
  it('names loaded population figures when they are the denominator', () => {
    const counts = { holders: 1, adults: 2, withSkills: 0, proficient: 0, proficientWithSkills: 0 };
    const [k1] = buildKpis(counts, 'population_figures', 18, () => null);
    expect(k1.denominatorLabel.en).toBe('residents aged 18+ (loaded population figures)');
  });
});

describe('suppressed', () => {
  it('shows counts of 10 people and more as they are', () => {
    expect(suppressed({ code: 'K1', numerator: 10, denominator: 40, value: 0.25 })).toEqual({
      code: 'K1',
      numerator: 10,
      denominator: 40,
      value: 0.25,
      suppressed: false,
    });
  });
  it('withholds a count under 10, zero included, and the value that would reveal it', () => {
    expect(suppressed({ code: 'K3', numerator: 9, denominator: 40, value: 0.225 })).toEqual({
      code: 'K3',
      numerator: null,
      denominator: 40,
      value: null,
      suppressed: true,
    });
    expect(suppressed({ code: 'K4', numerator: 0, denominator: 12, value: 0 })).toMatchObject({
      numerator: null,
      value: null,
      suppressed: true,
    });
    expect(suppressed({ code: 'K1', numerator: 3, denominator: 7, value: 3 / 7 })).toMatchObject({
      numerator: null,
      denominator: null,
      suppressed: true,
    });
  });
});

describe('loadedPopulation', () => {
  it("takes the area's own figure first", () => {
    expect(loadedPopulation(500, [100, undefined])).toBe(500);
  });
  it('sums the areas below only when every one is loaded', () => {
    expect(loadedPopulation(undefined, [100, 250])).toBe(350);
    expect(loadedPopulation(undefined, [100, undefined])).toBeNull();
    expect(loadedPopulation(undefined, [])).toBeNull();
  });
});

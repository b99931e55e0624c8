import { buildKpis, loadedPopulation, ratio } from './kpi-math';

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

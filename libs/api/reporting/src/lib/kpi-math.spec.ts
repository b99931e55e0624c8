import { buildKpis, ratio } from './kpi-math';

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
});

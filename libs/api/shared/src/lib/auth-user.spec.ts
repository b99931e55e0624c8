import { assertCoversArea, coversArea, AuthUser } from './auth-user';

const officer: AuthUser = {
  id: 'u1',
  fullName: 'x',
  grants: [
    { role: 'verifier', areaId: '00004', areaPath: '01.00004' },
    { role: 'analyst', areaId: '01', areaPath: '01' },
  ],
};

describe('coversArea', () => {
  it('covers the granted commune and what is below it', () => {
    expect(coversArea(officer, 'verifier', '01.00004')).toBe(true);
    expect(coversArea(officer, 'verifier', '01.00004.g1')).toBe(true);
  });
  it('refuses another commune, a prefix look-alike, and another role', () => {
    expect(coversArea(officer, 'verifier', '01.00008')).toBe(false);
    expect(coversArea(officer, 'verifier', '01.000041')).toBe(false);
    expect(coversArea(officer, 'approver', '01.00004')).toBe(false);
  });
  it('lets a city grant cover every commune', () => {
    expect(coversArea(officer, 'analyst', '01.00008')).toBe(true);
  });
  it('throws a stable code when refused', () => {
    expect(() => assertCoversArea(officer, 'approver', '01.00004')).toThrow(
      expect.objectContaining({ code: 'AREA_FORBIDDEN' }),
    );
  });
});

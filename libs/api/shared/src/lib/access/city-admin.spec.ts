import type { AuthUser } from '../auth-user';
import { cityAdminAccess, isCityAdmin } from './city-admin';

const user = (grants: AuthUser['grants']): AuthUser => ({ id: 'u', fullName: 'A', grants });

describe(isCityAdmin.name, () => {
  it.each([
    ['an admin of the whole city', [{ role: 'admin', areaId: '01', areaPath: '01' }], true],
    ['an admin of a commune', [{ role: 'admin', areaId: '00004', areaPath: '01.00004' }], false],
    ['an analyst of the whole city', [{ role: 'analyst', areaId: '01', areaPath: '01' }], false],
    ['someone with no grant', [], false],
  ] as [string, AuthUser['grants'], boolean][])('%s: %s', (_, grants, expected) => {
    expect(isCityAdmin(user(grants))).toBe(expected);
    expect(cityAdminAccess(user(grants))).toEqual(
      expected ? { allowed: true } : expect.objectContaining({ allowed: false, code: 'CITY_ADMIN_ONLY', status: 403 }),
    );
  });
});

import type { AuthUser } from '@lc/api-shared';
import type { Role } from '@lc/shared-contracts';
import { assertMayGrant } from './grant-rules';

const CITY = { kind: 'province', path: '01' };
const BA_DINH = { kind: 'commune', path: '01.00004' };
const NGOC_HA = { kind: 'commune', path: '01.00008' };
const GROUP = { kind: 'group', path: '01.00004.g1' };
const admin = (areaPath: string): AuthUser => ({
  id: 'admin-1',
  fullName: 'Quản trị',
  grants: [{ role: 'admin', areaId: areaPath, areaPath }],
});
const communeAdmin = admin(BA_DINH.path);
const cityAdmin = admin(CITY.path);
const grant = (role: Role, area: { kind: string; path: string }, userId = 'someone-else') => ({ userId, role, area });
const refusal = (who: AuthUser, target: ReturnType<typeof grant>) => {
  try {
    assertMayGrant(who, target);
    return null;
  } catch (err) {
    return (err as { code: string; status: number }).code;
  }
};

describe(assertMayGrant.name, () => {
  it("lets a commune admin grant the commune's roles in their own commune", () => {
    for (const role of ['citizen', 'verifier', 'approver', 'analyst', 'admin'] as const)
      expect(refusal(communeAdmin, grant(role, BA_DINH))).toBeNull();
  });

  it('refuses every role to the admin themselves, a city admin included', () => {
    for (const who of [communeAdmin, cityAdmin])
      for (const role of ['citizen', 'verifier', 'approver', 'analyst', 'admin', 'trainer'] as const)
        expect(refusal(who, grant(role, who === cityAdmin ? CITY : BA_DINH, who.id))).toBe('GRANT_SELF_FORBIDDEN');
  });

  it('refuses city-wide roles to a commune admin, wherever they would be granted', () => {
    for (const role of ['trainer', 'content_reviewer'] as const) {
      expect(refusal(communeAdmin, grant(role, BA_DINH))).toBe('GRANT_CITY_ROLE_FORBIDDEN');
      expect(refusal(communeAdmin, grant(role, CITY))).toBe('GRANT_CITY_ROLE_FORBIDDEN');
    }
  });

  it('lets a city admin grant city-wide roles on the city only', () => {
    expect(refusal(cityAdmin, grant('trainer', CITY))).toBeNull();
    expect(refusal(cityAdmin, grant('content_reviewer', CITY))).toBeNull();
    expect(refusal(cityAdmin, grant('content_reviewer', NGOC_HA))).toBe('GRANT_AREA_INVALID');
  });

  it("refuses grants outside the admin's area, and on residential groups", () => {
    expect(refusal(communeAdmin, grant('verifier', NGOC_HA))).toBe('AREA_FORBIDDEN');
    expect(refusal(communeAdmin, grant('analyst', CITY))).toBe('AREA_FORBIDDEN');
    expect(refusal(cityAdmin, grant('verifier', NGOC_HA))).toBeNull();
    expect(refusal(cityAdmin, grant('verifier', GROUP))).toBe('GRANT_AREA_INVALID');
  });
});

import type { Role } from '@lc/shared-contracts';
import type { AuthUser } from '@lc/api-shared';
import { communeAdminAccess } from './areas-policy';

const user = (role: Role, areaPath: string): AuthUser => ({
  id: 'u',
  fullName: 'x',
  grants: [{ role, areaId: areaPath, areaPath }],
});

describe(communeAdminAccess.name, () => {
  it.each([
    ['admin', '01.00004', true],
    ['admin', '01', true],
    ['admin', '01.00008', false],
    ['admin', '01.00004.g1', false],
    ['approver', '01.00004', false],
  ] as [Role, string, boolean][])('lets an %s of %s change commune 01.00004: %s', (role, path, ok) => {
    expect(communeAdminAccess(user(role, path), { path: '01.00004' })).toEqual(
      ok ? { allowed: true } : expect.objectContaining({ status: 403, code: 'AREA_FORBIDDEN' }),
    );
  });
});

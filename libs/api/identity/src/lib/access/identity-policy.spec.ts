import type { AuthUser } from '@lc/api-shared';
import { accountAccess, revokeGrantAccess } from './identity-policy';

const admin = (areaPath: string): AuthUser => ({
  id: 'admin-1',
  fullName: 'Quản trị',
  grants: [{ role: 'admin', areaId: areaPath.split('.').slice(-1)[0], areaPath }],
});
const answer = (a: ReturnType<typeof accountAccess>) => (a.allowed ? 'ok' : `${a.status} ${a.code}`);

describe(accountAccess.name, () => {
  it('refuses the admin themselves, whatever their area', () => {
    expect(answer(accountAccess(admin('01'), { userId: 'admin-1', areaPaths: ['01.00004'] }))).toBe(
      '403 ACCOUNT_SELF_FORBIDDEN',
    );
  });

  it.each([
    ['a commune admin, the person of that commune', '01.00004', ['01.00004'], 'ok'],
    [
      'a commune admin, the person also holding a city role',
      '01.00004',
      ['01.00004', '01'],
      '403 ACCOUNT_AREA_FORBIDDEN',
    ],
    ['a commune admin, a person of another commune', '01.00004', ['01.00008'], '404 USER_NOT_FOUND'],
    ['a city admin, anyone in the city', '01', ['01.00004', '01'], 'ok'],
    ['a city admin, a person tied to no area', '01', [], 'ok'],
    ['a commune admin, a person tied to no area', '01.00004', [], '404 USER_NOT_FOUND'],
  ])('%s', (_, area, areaPaths, expected) => {
    expect(answer(accountAccess(admin(area), { userId: 'u-1', areaPaths }))).toBe(expected);
  });
});

describe(revokeGrantAccess.name, () => {
  it.each([
    ['01.00004', '01.00004', 'ok'],
    ['01', '01.00004', 'ok'],
    ['01.00008', '01.00004', '404 GRANT_NOT_FOUND'],
    ['01.00004', '01', '404 GRANT_NOT_FOUND'],
  ])('an admin of %s revoking a grant on %s: %s', (area, grantArea, expected) => {
    expect(answer(revokeGrantAccess(admin(area), { areaPath: grantArea }))).toBe(expected);
  });
  it('answers a missing or revoked grant the same', () => {
    expect(answer(revokeGrantAccess(admin('01'), null))).toBe('404 GRANT_NOT_FOUND');
  });
});

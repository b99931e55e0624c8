import type { AuthUser } from '@lc/api-shared';
import { assertMayManageAccount, AuthState, sessionEnded } from './session-rules';

const admin = (areaPath: string): AuthUser => ({
  id: 'admin-1',
  fullName: 'Quản trị',
  grants: [{ role: 'admin', areaId: areaPath.split('.').slice(-1)[0], areaPath }],
});
const state = (sessionVersion = 2, endedFamilies: string[] = []): AuthState => ({
  user: { id: 'u-1', fullName: 'Lan', grants: [] },
  sessionVersion,
  endedFamilies,
});

describe(sessionEnded.name, () => {
  it('keeps a token of the current version whose sign-in is still open', () => {
    expect(sessionEnded(state(2), { sub: 'u-1', sv: 2, fam: 'f-1' })).toBe(false);
  });

  it('ends tokens of an older version, of an ended sign-in, or of a disabled or unknown person', () => {
    expect(sessionEnded(state(3), { sub: 'u-1', sv: 2, fam: 'f-1' })).toBe(true);
    expect(sessionEnded(state(2, ['f-1']), { sub: 'u-1', sv: 2, fam: 'f-1' })).toBe(true);
    expect(sessionEnded(null, { sub: 'u-1', sv: 2 })).toBe(true);
  });

  it('reads a token without a version as version 0, so tokens from before the upgrade live until bumped', () => {
    expect(sessionEnded(state(0), { sub: 'u-1' })).toBe(false);
    expect(sessionEnded(state(1), { sub: 'u-1' })).toBe(true);
  });
});

describe(assertMayManageAccount.name, () => {
  const code = (fn: () => void) => {
    try {
      fn();
      return null;
    } catch (err) {
      return (err as { code: string }).code;
    }
  };

  it('refuses the admin themselves, whatever their area', () => {
    expect(code(() => assertMayManageAccount(admin('01'), { userId: 'admin-1', areaPaths: ['01.00004'] }))).toBe(
      'ACCOUNT_SELF_FORBIDDEN',
    );
  });

  it('needs every area of the person covered: their commune and each of their roles', () => {
    const commune = admin('01.00004');
    expect(code(() => assertMayManageAccount(commune, { userId: 'u-1', areaPaths: ['01.00004'] }))).toBeNull();
    expect(code(() => assertMayManageAccount(commune, { userId: 'u-1', areaPaths: ['01.00004', '01'] }))).toBe(
      'ACCOUNT_AREA_FORBIDDEN',
    );
    expect(code(() => assertMayManageAccount(commune, { userId: 'u-1', areaPaths: ['01.00008'] }))).toBe(
      'ACCOUNT_AREA_FORBIDDEN',
    );
    expect(
      code(() => assertMayManageAccount(admin('01'), { userId: 'u-1', areaPaths: ['01.00004', '01'] })),
    ).toBeNull();
  });

  it('leaves a person tied to no area to a city admin', () => {
    expect(code(() => assertMayManageAccount(admin('01'), { userId: 'u-1', areaPaths: [] }))).toBeNull();
    expect(code(() => assertMayManageAccount(admin('01.00004'), { userId: 'u-1', areaPaths: [] }))).toBe(
      'ACCOUNT_AREA_FORBIDDEN',
    );
  });
});

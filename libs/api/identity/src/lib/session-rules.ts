import { AuthUser, coversArea, forbidden } from '@lc/api-shared/pure';

/** What an access token says about its session: the person, their session version and the sign-in (family). */
export interface SessionClaims {
  sub: string;
  /** Absent in tokens issued before sessions had versions: those count as version 0. */
  sv?: number;
  fam?: string;
}

/** What the auth cache holds per person; `null` for an unknown or disabled person. */
export interface AuthState {
  user: AuthUser;
  sessionVersion: number;
  /** Sign-ins ended one by one (sign-out of one device) recently enough that their access tokens may still live. */
  endedFamilies: readonly string[];
}

/** A token is good while its person is enabled, its version is current and its own sign-in was not ended. */
export function sessionEnded(state: AuthState | null, claims: SessionClaims): boolean {
  if (!state) return true;
  if ((claims.sv ?? 0) !== state.sessionVersion) return true;
  return !!claims.fam && state.endedFamilies.includes(claims.fam);
}

/**
 * Who may disable, enable or end the sessions of an account: never the admin themselves, and only an admin whose
 * areas cover everything the person is (their commune) and does (each area of their active grants), so a commune
 * admin cannot lock out a city admin who also holds a role in that commune. A person tied to no area at all is
 * a city admin's to manage.
 */
export function assertMayManageAccount(admin: AuthUser, target: { userId: string; areaPaths: string[] }): void {
  if (target.userId === admin.id) {
    throw forbidden(
      'ACCOUNT_SELF_FORBIDDEN',
      'Không thể tự khoá, mở khoá hay kết thúc phiên của chính mình tại đây. Hãy nhờ một quản trị viên khác.',
    );
  }
  if (!managesAccount(admin, target.areaPaths)) {
    throw forbidden(
      'ACCOUNT_AREA_FORBIDDEN',
      'Người này cư trú hoặc có vai trò ngoài địa bàn bạn quản lý; hãy nhờ quản trị viên cấp trên.',
    );
  }
}

/** The admin's areas cover every area the person is tied to; a person tied to none is a city admin's. */
export function managesAccount(admin: AuthUser, areaPaths: string[]): boolean {
  return areaPaths.length
    ? areaPaths.every((path) => coversArea(admin, 'admin', path))
    : admin.grants.some((g) => g.role === 'admin' && !g.areaPath.includes('.'));
}

import { AuthUser, coversArea, isCityAdmin } from '@lc/api-shared/pure';

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

/** The admin's areas cover every area the person is tied to; a person tied to none is a city admin's. */
export function managesAccount(admin: AuthUser, areaPaths: string[]): boolean {
  return areaPaths.length ? areaPaths.every((path) => coversArea(admin, 'admin', path)) : isCityAdmin(admin);
}

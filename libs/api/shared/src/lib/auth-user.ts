import type { Role } from '@lc/shared-contracts';
import { forbidden } from './domain-error';

export interface GrantScope {
  role: Role;
  areaId: string;
  /** Materialised path of the granted area, e.g. "01" or "01.00004". */
  areaPath: string;
}

/** Who is calling, as the auth guard puts it on the request. */
export interface AuthUser {
  id: string;
  fullName: string;
  grants: GrantScope[];
}

export function hasRole(user: AuthUser, role: Role): boolean {
  return user.grants.some((g) => g.role === role);
}

/** A grant covers its own area and everything below it. */
export function coversArea(user: AuthUser, role: Role, targetPath: string): boolean {
  return user.grants.some(
    (g) => g.role === role && (targetPath === g.areaPath || targetPath.startsWith(g.areaPath + '.')),
  );
}

export function assertCoversArea(user: AuthUser, role: Role, targetPath: string): void {
  if (!coversArea(user, role, targetPath)) {
    throw forbidden('AREA_FORBIDDEN', 'Bạn không có quyền với địa bàn này.');
  }
}

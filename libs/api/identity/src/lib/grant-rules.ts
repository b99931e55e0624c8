import type { Role } from '@lc/shared-contracts';
import { assertCoversArea, AuthUser, coversArea, forbidden, invalid } from '@lc/api-shared/pure';

/**
 * Roles whose rights have no area: trainers write and reviewers publish the courses and test items of the whole
 * city. Granting one in a commune would still give it city-wide, so they are granted on the city only.
 */
export const CITY_WIDE_ROLES: readonly Role[] = ['trainer', 'content_reviewer'];

export interface GrantTarget {
  userId: string;
  role: Role;
  area: { kind: string; path: string };
}

/**
 * Who may grant what: an admin grants inside their own area, never to themselves (whatever the role), on the city
 * or a commune only; a city-wide role only on the city, which only a city admin covers.
 */
export function assertMayGrant(admin: AuthUser, target: GrantTarget): void {
  if (target.userId === admin.id) {
    throw forbidden('GRANT_SELF_FORBIDDEN', 'Không thể tự cấp vai trò cho chính mình. Hãy nhờ một quản trị viên khác.');
  }
  const city = target.area.path.split('.')[0];
  if (CITY_WIDE_ROLES.includes(target.role) && !coversArea(admin, 'admin', city)) {
    throw forbidden('GRANT_CITY_ROLE_FORBIDDEN', 'Chỉ quản trị viên cấp thành phố được cấp vai trò này.');
  }
  assertCoversArea(admin, 'admin', target.area.path);
  if (target.area.kind === 'group')
    throw invalid('GRANT_AREA_INVALID', 'Chỉ cấp vai trò cho thành phố hoặc xã/phường.');
  if (CITY_WIDE_ROLES.includes(target.role) && target.area.kind !== 'province') {
    throw invalid('GRANT_AREA_INVALID', 'Vai trò này có hiệu lực toàn thành phố nên chỉ cấp ở cấp thành phố.');
  }
}

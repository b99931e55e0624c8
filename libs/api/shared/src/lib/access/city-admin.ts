import type { Role } from '@lc/shared-contracts';
import type { AuthUser } from '../auth-user';
import { Access, ALLOWED, refuse } from './access';

/**
 * An admin of the whole city: granted on an area with no parent (a path without a dot, such as "01"). Item
 * parameters, H5P libraries and the evidence chains are the same for every commune, so only such an admin changes
 * or checks them; a commune's admin may not.
 */
export const isCityAdmin = (user: Pick<AuthUser, 'grants'>): boolean => holdsCityWide(user, 'admin');

/** `role` granted on the whole city (an area with no parent), not only on a commune or group of it. */
export const holdsCityWide = (user: Pick<AuthUser, 'grants'>, role: Role): boolean =>
  user.grants.some((g) => g.role === role && !g.areaPath.includes('.'));

export const cityAdminAccess = (user: Pick<AuthUser, 'grants'>): Access =>
  isCityAdmin(user)
    ? ALLOWED
    : refuse(403, 'CITY_ADMIN_ONLY', 'Chỉ quản trị viên cấp thành phố mới thực hiện được việc này.');

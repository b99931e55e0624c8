import { AuthUser, forbidden } from '@lc/api-shared/pure';

/**
 * Chains and checkpoints span every person on the platform, so only an admin of a whole province (an area path
 * with no parent, such as "01") may run them; a commune's admin may not.
 */
export const isCityAdmin = (user: AuthUser): boolean =>
  user.grants.some((g) => g.role === 'admin' && !g.areaPath.includes('.'));

export function assertCityAdmin(user: AuthUser): void {
  if (!isCityAdmin(user))
    throw forbidden('AREA_FORBIDDEN', 'Chỉ quản trị viên cấp thành phố được kiểm tra toàn bộ chuỗi minh chứng.');
}

import { Access, ALLOWED, AuthUser, coversArea, refuse } from '@lc/api-shared/pure';

/**
 * A commune's own data (its residential groups, its contact for account recovery) is changed by an admin whose
 * area covers it. The commune is named in the request and areas are public, so a refusal says so plainly
 * (403 AREA_FORBIDDEN, ADR 0027).
 */
export const communeAdminAccess = (admin: AuthUser, commune: { path: string }): Access =>
  coversArea(admin, 'admin', commune.path)
    ? ALLOWED
    : refuse(403, 'AREA_FORBIDDEN', 'Bạn không có quyền với địa bàn này.');

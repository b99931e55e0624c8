import { Access, ALLOWED, AuthUser, coversArea, refuse } from '@lc/api-shared/pure';
import { managesAccount } from '../session-rules';

/**
 * Account management by an admin (disable, enable, end sessions, unlock sign-in): never on themselves; a person
 * none of whose areas (their commune, their grants' areas) the admin covers is answered as an unknown person, like
 * an id that does not exist (ADR 0027); a person the admin sees but does not wholly cover (a city admin who also
 * holds a role in the commune) is refused with ACCOUNT_AREA_FORBIDDEN. A person tied to no area is a city admin's.
 */
export function accountAccess(admin: AuthUser, target: { userId: string; areaPaths: string[] }): Access {
  if (target.userId === admin.id)
    return refuse(
      403,
      'ACCOUNT_SELF_FORBIDDEN',
      'Không thể tự khoá, mở khoá hay kết thúc phiên của chính mình tại đây. Hãy nhờ một quản trị viên khác.',
    );
  if (managesAccount(admin, target.areaPaths)) return ALLOWED;
  if (!target.areaPaths.some((path) => coversArea(admin, 'admin', path)))
    return refuse(404, 'USER_NOT_FOUND', 'Không tìm thấy người dùng.');
  return refuse(
    403,
    'ACCOUNT_AREA_FORBIDDEN',
    'Người này cư trú hoặc có vai trò ngoài địa bàn bạn quản lý; hãy nhờ quản trị viên cấp trên.',
  );
}

/** A grant is revoked by an admin whose area covers it; to anyone else it is not there, like a revoked one. */
export const revokeGrantAccess = (admin: AuthUser, grant: { areaPath: string } | null): Access =>
  grant && coversArea(admin, 'admin', grant.areaPath)
    ? ALLOWED
    : refuse(404, 'GRANT_NOT_FOUND', 'Không tìm thấy vai trò này.');

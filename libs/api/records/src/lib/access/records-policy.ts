import { Access, ALLOWED, AuthUser, cityAdminAccess, refuse } from '@lc/api-shared/pure';

/**
 * Records and notices are read through /my/… only: the person comes from the token, never from the request. A
 * notice asked for by id that is someone else's is answered as missing, whether it exists or not (ADR 0027).
 */
export const noticeAccess = (personId: string, notice: { personId: string } | null): Access =>
  notice?.personId === personId ? ALLOWED : refuse(404, 'NOTICE_NOT_FOUND', 'Không tìm thấy thông báo.');

/**
 * The evidence chains span every person on the platform: only an admin of the whole city signs a checkpoint or
 * verifies them all.
 */
export const evidenceChainAccess = (user: AuthUser): Access => cityAdminAccess(user);

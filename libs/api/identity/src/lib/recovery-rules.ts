import type { Role } from '@lc/shared-contracts';
import { AuthUser, coversArea, forbidden, notFound } from '@lc/api-shared/pure';
import { managesAccount } from './session-rules';

/** The person a reset code would be for: their commune and the areas of their active grants. */
export interface ResetCodeTarget {
  userId: string;
  communePath: string | null;
  grants: { role: Role; areaPath: string }[];
}

/** Why an officer may not issue a reset code for this person, or null when they may. */
export type ResetCodeRefusal = 'self' | 'staff' | 'out_of_area';

/**
 * Who may hand out a reset code (docs/adr/0017), after checking the person's chip ID card in person:
 * - an approver (the commune authority, where people come with their ID card) whose area covers the person's
 *   commune, for a person who is only a citizen: a code for an officer or admin would let a commune official take
 *   over an account with more rights than a citizen's;
 * - an admin who may manage the account (session-rules.ts): they cover every area the person is tied to.
 * Never for oneself. Out of area is reported like an unknown person, so officers cannot probe other communes.
 */
export function resetCodeRefusal(issuer: AuthUser, target: ResetCodeTarget): ResetCodeRefusal | null {
  if (issuer.id === target.userId) return 'self';
  const paths = [...(target.communePath ? [target.communePath] : []), ...target.grants.map((g) => g.areaPath)];
  if (issuer.grants.some((g) => g.role === 'admin') && managesAccount(issuer, paths)) return null;
  const commune = target.communePath;
  const approver = !!commune && coversArea(issuer, 'approver', commune);
  if (!approver && !(commune && coversArea(issuer, 'admin', commune))) return 'out_of_area';
  return approver && target.grants.every((g) => g.role === 'citizen') ? null : 'staff';
}

/** Out of the officer's area reads exactly as an unknown ID number or username. */
export const resetCodePersonNotFound = () =>
  notFound(
    'RESET_CODE_PERSON_NOT_FOUND',
    'Không tìm thấy người có số định danh hoặc tên đăng nhập này trong địa bàn bạn phụ trách.',
  );

export function assertMayIssueResetCode(issuer: AuthUser, target: ResetCodeTarget): void {
  const refusal = resetCodeRefusal(issuer, target);
  if (refusal === 'self') {
    throw forbidden('RESET_CODE_SELF_FORBIDDEN', 'Không thể tự cấp mã cho chính mình. Hãy nhờ một cán bộ khác.');
  }
  if (refusal === 'staff') {
    throw forbidden(
      'RESET_CODE_STAFF_FORBIDDEN',
      'Người này giữ vai trò cán bộ ngoài quyền của bạn; hãy nhờ quản trị viên phụ trách cấp mã.',
    );
  }
  if (refusal) throw resetCodePersonNotFound();
}

import type { ApplicationStatus } from '@lc/shared-contracts';
import { Access, ALLOWED, AuthUser, coversArea, refuse } from '@lc/api-shared/pure';

const OFFICERS = ['verifier', 'approver'] as const;
const STATUSES: readonly ApplicationStatus[] = [
  'submitted',
  'verified',
  'recognised',
  'returned',
  'rejected',
  'revoked',
];

/**
 * A commune named in the request (areas are public): an approver decides for a commune they cover, else 403
 * AREA_FORBIDDEN. Objects found by id answer 404 instead (ADR 0027).
 */
export const decideForCommuneAccess = (user: AuthUser, communePath: string): Access =>
  coversArea(user, 'approver', communePath)
    ? ALLOWED
    : refuse(403, 'AREA_FORBIDDEN', 'Bạn không có quyền với địa bàn này.');

/** A decision and its annex (names and birth years) go to the officers of its commune or above; to others it is not there. */
export const decisionAccess = (user: AuthUser, decision: { communePath: string } | null): Access =>
  decision && OFFICERS.some((role) => coversArea(user, role, decision.communePath))
    ? ALLOWED
    : refuse(404, 'DECISION_NOT_FOUND', 'Không tìm thấy quyết định.');

/** The officer's areas for decisions and queues: where they hold an officer's role. */
export const officerAreaPaths = (user: AuthUser): string[] => [
  ...new Set(user.grants.filter((g) => (OFFICERS as readonly string[]).includes(g.role)).map((g) => g.areaPath)),
];

/**
 * The statuses an officer's queue lists: the one asked for, or what waits for each of their roles (submitted for a
 * verifier, verified for an approver). Never drafts: officers see what was submitted to them, not a citizen's
 * unsent draft.
 */
export function queueStatuses(user: AuthUser, asked: string | undefined): ApplicationStatus[] {
  if (STATUSES.includes(asked as ApplicationStatus)) return [asked as ApplicationStatus];
  const roles = user.grants.map((g) => g.role);
  return [
    ...(roles.includes('verifier') ? (['submitted'] as const) : []),
    ...(roles.includes('approver') ? (['verified'] as const) : []),
  ];
}

import type { ApplicationStatus } from '@lc/shared-contracts';
import { Access, ALLOWED, AuthUser, coversArea, refuse } from '@lc/api-shared/pure';
import { ApplicationAction, statusRefusal } from '../certification-rules';

/** What a policy needs to know of an application: whose it is, where, and how far it went. */
export interface ApplicationRef {
  personId: string;
  communeId: string;
  communePath: string;
  status: ApplicationStatus;
  verifiedBy: string | null;
}

export type ApplicationUse = 'view' | ApplicationAction;
type Officer = 'verifier' | 'approver';

const NOT_FOUND = refuse(404, 'APPLICATION_NOT_FOUND', 'Không tìm thấy hồ sơ.');
const OWNER_ACTIONS: readonly ApplicationUse[] = ['save', 'submit'];
/** The roles that may take each officer's step; `return` belongs to whoever holds the application at its stage. */
const ACTING: Record<Exclude<ApplicationUse, 'save' | 'submit'>, readonly Officer[]> = {
  view: ['verifier', 'approver'],
  verify: ['verifier'],
  return: ['verifier', 'approver'],
  reject: ['approver'],
  recognise: ['approver'],
  revoke: ['approver'],
};

/**
 * An officer sees an application only once it was submitted ("officers never see drafts": a draft is the
 * citizen's own), and only in an area where they hold one of `roles`.
 */
export const officerSees = (user: AuthUser, app: ApplicationRef, roles: readonly Officer[]): boolean =>
  app.status !== 'draft' && roles.some((role) => coversArea(user, role, app.communePath));

/** Which officer returns an application: the approver once it is verified, else the verifier. */
export const returningRole = (status: ApplicationStatus): Officer => (status === 'verified' ? 'approver' : 'verifier');

/**
 * May `user` do `use` to `app`? Always existence → area → status → the person's own conflicts, so somebody who
 * may not see the application gets 404 APPLICATION_NOT_FOUND whatever its status (ADR 0027): no 409 or 403 tells
 * an officer of another commune, or another citizen, that it exists or how far it went.
 */
export function applicationAccess(user: AuthUser, app: ApplicationRef | null, use: ApplicationUse): Access {
  if (!app) return NOT_FOUND;
  if (OWNER_ACTIONS.includes(use)) return app.personId === user.id ? status(app, use as ApplicationAction) : NOT_FOUND;
  if (use === 'view') return app.personId === user.id || officerSees(user, app, ACTING.view) ? ALLOWED : NOT_FOUND;
  const action = use as Exclude<ApplicationAction, 'save' | 'submit'>;
  if (!officerSees(user, app, ACTING[action])) return NOT_FOUND;
  const refused = status(app, action);
  if (!refused.allowed) return refused;
  if (action === 'return' && !coversArea(user, returningRole(app.status), app.communePath))
    return refuse(403, 'ROLE_REQUIRED', 'Ở bước này, hồ sơ do người có vai trò khác xử lý.');
  if (app.personId === user.id) return refuse(403, 'OWN_APPLICATION', 'Bạn không thể tự xét hồ sơ của chính mình.');
  if ((action === 'reject' || action === 'recognise') && app.verifiedBy === user.id)
    return refuse(
      403,
      'SAME_VERIFIER_APPROVER',
      'Người xác minh không được đồng thời công nhận hoặc từ chối hồ sơ này.',
    );
  return ALLOWED;
}

/** A decision of `communeId` recognises applications of that commune only. */
export function recognitionAccess(user: AuthUser, app: ApplicationRef | null, communeId: string): Access {
  const access = applicationAccess(user, app, 'recognise');
  if (!access.allowed || app?.communeId === communeId) return access;
  return refuse(403, 'AREA_FORBIDDEN', 'Quyết định chỉ công nhận hồ sơ của chính xã/phường đó.');
}

function status(app: ApplicationRef, action: ApplicationAction): Access {
  const refusal = statusRefusal(app.status, action);
  return refusal ? refuse(409, 'APPLICATION_STATUS_CONFLICT', refusal) : ALLOWED;
}

import { AuthUser, forbidden } from '@lc/api-shared/pure';
import type { ApplicationEntity } from './application.entity';

/** Nobody reviews their own application (PRODUCT.md §1: verifier and approver act for others). */
export function assertNotOwn(app: Pick<ApplicationEntity, 'personId'>, user: AuthUser): void {
  if (app.personId === user.id) throw forbidden('OWN_APPLICATION', 'Bạn không thể tự xét hồ sơ của chính mình.');
}

/** The verifier and the approver of one application are different people. */
export function assertNotVerifier(app: Pick<ApplicationEntity, 'verifiedBy'>, user: AuthUser): void {
  if (app.verifiedBy === user.id) {
    throw forbidden('SAME_VERIFIER_APPROVER', 'Người xác minh không được đồng thời công nhận hoặc từ chối hồ sơ này.');
  }
}

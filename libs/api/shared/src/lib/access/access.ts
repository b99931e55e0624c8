import { DomainError } from '../domain-error';

/**
 * A policy's answer to "may this user do this to this object". Policies are pure functions returning one of these,
 * so each rule is tested on its own; the service turns a refusal into the error with `enforce`.
 */
export type Access = Allowed | Refusal;

export interface Allowed {
  allowed: true;
}

export interface Refusal {
  allowed: false;
  code: string;
  status: 403 | 404 | 409 | 422;
  /** Vietnamese, as people read it (the catalogue holds both languages by code). */
  message: string;
}

export const ALLOWED: Allowed = { allowed: true };

export const refuse = (status: Refusal['status'], code: string, message: string): Refusal => ({
  allowed: false,
  code,
  status,
  message,
});

/** The first refusal among the answers, in the order given (existence, area, then status), or allowed. */
export const firstRefusal = (...answers: Access[]): Access => answers.find((a) => !a.allowed) ?? ALLOWED;

/** Throws the refusal as a DomainError; the one exception filter answers it as `{code, message}`. */
export function enforce(access: Access): void {
  if (!access.allowed) throw new DomainError(access.code, access.message, access.status);
}

/**
 * The object a policy was asked about, once it allowed it (a refusal throws). Policies refuse a missing object
 * with their own not-found code, so the fallback here is only for a policy that forgot to.
 */
export function permitted<T>(access: Access, object: T | null | undefined): T {
  enforce(access);
  if (object === null || object === undefined) throw new DomainError('NOT_FOUND', 'Không tìm thấy.', 404);
  return object;
}

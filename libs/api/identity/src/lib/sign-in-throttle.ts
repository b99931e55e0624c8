export interface ThrottlePolicy {
  /** Failures allowed before each further try must wait. */
  freeFailures: number;
  /** Failures after which the login is locked for that client. */
  lockAfter: number;
  lockSeconds: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = { freeFailures: 3, lockAfter: 8, lockSeconds: 15 * 60 };

/**
 * After a failed sign-in: how long the same login from the same client must wait before the next try (0 = no
 * wait). Waits double from 2 s after the free failures, then that client is locked out of that login for a while.
 */
export function blockSecondsAfterFailure(failures: number, policy: ThrottlePolicy = DEFAULT_THROTTLE): number {
  if (failures >= policy.lockAfter) return policy.lockSeconds;
  if (failures < policy.freeFailures) return 0;
  return 2 ** (failures - policy.freeFailures + 1);
}

/** The waits after failure 1, 2, … lockAfter: the database applies them (the last one to every later failure). */
export function waitSchedule(policy: ThrottlePolicy = DEFAULT_THROTTLE): number[] {
  return Array.from({ length: policy.lockAfter }, (_, i) => blockSecondsAfterFailure(i + 1, policy));
}

export function throttlePolicyProblem(p: ThrottlePolicy): string | null {
  if (!Number.isInteger(p.freeFailures) || p.freeFailures < 1) return 'SIGN_IN_FREE_FAILURES must be at least 1';
  // Waits double per failure: more than 16 past the free ones would be longer than the lock itself could sensibly be.
  if (!Number.isInteger(p.lockAfter) || p.lockAfter < p.freeFailures || p.lockAfter > p.freeFailures + 16)
    return 'SIGN_IN_LOCK_AFTER must be from SIGN_IN_FREE_FAILURES to SIGN_IN_FREE_FAILURES + 16';
  if (!Number.isInteger(p.lockSeconds) || p.lockSeconds < 1) return 'SIGN_IN_LOCK_SECONDS must be at least 1';
  return null;
}

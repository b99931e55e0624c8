export interface ThrottlePolicy {
  /** Failures allowed before each further try must wait. */
  freeFailures: number;
  /** Failures after which the account is locked. */
  lockAfter: number;
  lockSeconds: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = { freeFailures: 3, lockAfter: 8, lockSeconds: 15 * 60 };

/**
 * After a failed sign-in: how long the account must wait before the next try (0 = no wait).
 * Waits double from 2 s after the free failures, then the account locks for a while.
 */
export function blockSecondsAfterFailure(failures: number, policy: ThrottlePolicy = DEFAULT_THROTTLE): number {
  if (failures >= policy.lockAfter) return policy.lockSeconds;
  if (failures < policy.freeFailures) return 0;
  return 2 ** (failures - policy.freeFailures + 1);
}

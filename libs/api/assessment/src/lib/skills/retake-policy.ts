import type { RetakeRule } from '@lc/shared-contracts';

const DAY_MS = 86_400_000;

/**
 * When the person may start another attempt: null if now. Attempts count from when they started, finished or not,
 * so that letting one run out to see its items does not buy another.
 */
export function retakeAllowedAt(rule: RetakeRule, startedAt: readonly Date[], now: Date): Date | null {
  const windowMs = rule.windowDays * DAY_MS;
  const inWindow = startedAt
    .map((d) => d.getTime())
    .filter((t) => t > now.getTime() - windowMs && t <= now.getTime())
    .sort((a, b) => a - b);
  if (inWindow.length < rule.attemptsPerWindow) return null;
  // The window must drop enough attempts to leave room for one more.
  return new Date(inWindow[inWindow.length - rule.attemptsPerWindow] + windowMs);
}

/** Whether a score passes: at least `passPercent` of the questions right. */
export function passes(score: number, maxScore: number, passPercent: number): boolean {
  return score * 100 >= passPercent * maxScore;
}

/**
 * When a test can be started again after an attempt submitted at `submittedAt`, or null when it can be now. The
 * wait keeps a citizen from retaking a test until its answers are learnt rather than understood.
 */
export function retakeAt(submittedAt: Date | null | undefined, cooldownMinutes: number, now: Date): Date | null {
  if (!submittedAt || cooldownMinutes <= 0) return null;
  const at = new Date(submittedAt.getTime() + cooldownMinutes * 60_000);
  return at > now ? at : null;
}

import { z } from 'zod';

const days = z.number().int().min(1).max(3650);

/**
 * How the assessment is served, as versioned data (content/assessment/policy.json): the retake rule, the time a
 * citizen has, the window over which item exposure is counted, and when courses are suggested.
 */
export const assessmentPolicySchema = z.strictObject({
  version: z.string().min(1),
  retake: z.strictObject({ attemptsPerWindow: z.number().int().min(1), windowDays: days }),
  time: z.strictObject({ limitMinutes: z.number().int().min(5), extraMinutes: z.number().int().min(0) }),
  exposure: z.strictObject({ windowDays: days }),
  /** A retake does not repeat the items of the person's previous attempt. */
  excludePreviousAttempt: z.boolean(),
  suggestions: z.strictObject({ belowLevel: z.number().int().min(1).max(8), perDomain: z.number().int().min(0) }),
});

export type AssessmentPolicy = z.infer<typeof assessmentPolicySchema>;

export function parseAssessmentPolicy(raw: unknown): AssessmentPolicy {
  const parsed = assessmentPolicySchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(policy)'}: ${i.message}`);
  throw new Error(`Invalid assessment policy: ${problems.join('; ')}`);
}

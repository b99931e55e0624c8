import { z } from 'zod';

export const MAX_LEVEL = 8;

const cutsSchema = z
  .array(z.strictObject({ level: z.number().int().min(2).max(MAX_LEVEL), minTheta: z.number() }))
  .length(MAX_LEVEL - 1)
  .refine((cuts) => cuts.every((c, i) => c.level === i + 2), { message: 'levels must run 2, 3, …, 8 in order' })
  .refine((cuts) => cuts.every((c, i) => i === 0 || c.minTheta > cuts[i - 1].minTheta), {
    message: 'minTheta must increase with the level',
  });

/**
 * Where each level starts on the ability scale; level 1 is everything below level 2. `byDomain` overrides the
 * default for a domain, since each domain is its own scale once calibrated.
 */
export const cutScoresSchema = z.strictObject({
  version: z.string().min(1),
  calibrationVersion: z.string().min(1),
  basis: z.string().min(1),
  levels: cutsSchema,
  byDomain: z.record(z.string(), cutsSchema).optional(),
});

export type CutScores = z.infer<typeof cutScoresSchema>;
export type LevelCut = CutScores['levels'][number];

export function parseCutScores(raw: unknown): CutScores {
  const parsed = cutScoresSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(cut scores)'}: ${i.message}`);
  throw new Error(`Invalid cut scores: ${problems.join('; ')}`);
}

/** The level 1–8 of an ability; an ability exactly on a cut has reached that level. */
export function levelOf(theta: number, cutScores: CutScores, domain?: string): number {
  const cuts = (domain !== undefined && cutScores.byDomain?.[domain]) || cutScores.levels;
  let level = 1;
  for (const cut of cuts) if (theta >= cut.minTheta) level = cut.level;
  return level;
}

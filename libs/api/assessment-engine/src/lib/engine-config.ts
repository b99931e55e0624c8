import { z } from 'zod';

const count = (min: number) => z.number().int().min(min);

/** Every rule of the adaptive engine, kept as versioned data (content/assessment/engine-config.json). */
export const engineConfigSchema = z
  .strictObject({
    version: z.string().min(1),
    grid: z.strictObject({ min: z.number(), max: z.number(), points: count(11).max(401) }),
    prior: z.strictObject({ mean: z.number(), sd: z.number().positive() }),
    itemPrior: z.strictObject({ a: z.number().positive(), bAtLevel1: z.number(), bPerLevel: z.number().positive() }),
    stop: z.strictObject({
      seBelow: z.number().min(0),
      minPerDomain: count(1),
      maxPerDomain: count(1),
      maxTotal: count(1),
    }),
    selection: z.strictObject({
      topK: count(1),
      contentBalanceSlack: count(0),
      maxExposureRate: z.number().gt(0).max(1),
      exposureMinSample: count(0),
    }),
    strength: z.strictObject({ minItems: count(1), z: z.number().positive() }),
  })
  .refine((c) => c.grid.min < c.grid.max, { message: 'grid.min must be below grid.max', path: ['grid'] })
  .refine((c) => c.stop.minPerDomain <= c.stop.maxPerDomain, {
    message: 'stop.minPerDomain must not exceed stop.maxPerDomain',
    path: ['stop'],
  });

export type EngineConfig = z.infer<typeof engineConfigSchema>;

/** Parses a config and names every problem in one message, so that a bad file stops the caller at once. */
export function parseEngineConfig(raw: unknown): EngineConfig {
  const parsed = engineConfigSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(config)'}: ${i.message}`);
  throw new Error(`Invalid engine config: ${problems.join('; ')}`);
}

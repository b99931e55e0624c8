import { z } from 'zod';

export const localisedTextSchema = z.strictObject({
  vi: z.string().trim().min(1),
  en: z.string().trim().min(1).optional(),
});
export type LocalisedText = z.infer<typeof localisedTextSchema>;

export const LEVEL_BAND_CODES = ['basic', 'intermediate', 'advanced', 'specialised'] as const;

export const levelBandSchema = z.strictObject({
  code: z.enum(LEVEL_BAND_CODES),
  levels: z.array(z.number().int().min(1).max(8)).min(1),
  name: localisedTextSchema,
  description: localisedTextSchema,
});
export type LevelBand = z.infer<typeof levelBandSchema>;

export const competenceSchema = z.strictObject({
  code: z.string().regex(/^\d+\.\d+$/, 'competence code must look like "1.1"'),
  name: localisedTextSchema,
  description: localisedTextSchema,
});
export type Competence = z.infer<typeof competenceSchema>;

export const domainSchema = z.strictObject({
  code: z.string().regex(/^\d+$/, 'domain code must be a number like "1"'),
  name: localisedTextSchema,
  competences: z.array(competenceSchema).min(1),
});
export type CompetenceDomain = z.infer<typeof domainSchema>;

export const competenceFrameworkSchema = z.strictObject({
  id: z.string().min(1),
  title: localisedTextSchema,
  source: z.string().min(1),
  levelBands: z.array(levelBandSchema).min(1),
  domains: z.array(domainSchema).min(1),
});
export type CompetenceFramework = z.infer<typeof competenceFrameworkSchema>;

export function competenceCodes(fw: CompetenceFramework): string[] {
  return fw.domains.flatMap((d) => d.competences.map((c) => c.code));
}

import { z } from 'zod';

const text = z.string().trim().min(1);
const localised = z.strictObject({ vi: text, en: text });
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug must be lowercase words joined by hyphens');
const competenceCode = z.string().regex(/^\d+\.\d+$/, 'competence code must look like "1.1"');
const level = z.number().int().min(1).max(8);
const imagePath = z.string().regex(/^images\/[a-z0-9-]+\.svg$/, 'image must be images/<name>.svg');
const lang = z.enum(['vi', 'en']);

export const POPULATION_GROUPS = ['farmers', 'workers', 'officials', 'other'] as const;
export const CONTENT_TYPES = ['H5P.LcReadingPage', 'H5P.LcPracticeQuiz', 'H5P.LcPhoneTask'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

export const materialSourceSchema = z.strictObject({
  slug,
  title: localised,
  contentType: z.enum(CONTENT_TYPES),
  estimatedMinutes: z.number().int().positive(),
  params: z.string().regex(/^materials\/[a-z0-9-]+\.json$/, 'params must be materials/<slug>.json'),
});
export type MaterialSource = z.infer<typeof materialSourceSchema>;

export const courseSourceSchema = z.strictObject({
  slug,
  title: localised,
  summary: localised,
  competences: z.array(competenceCode).min(1),
  level,
  populationGroups: z.array(z.enum(POPULATION_GROUPS)).min(1),
  estimatedMinutes: z.number().int().positive(),
  licence: z.enum(['CC BY 4.0', 'CC BY-SA 4.0', 'CC0 1.0']),
  language: lang,
  authors: z.array(text).min(1),
  materials: z.array(materialSourceSchema).min(3).max(6),
  test: z.strictObject({
    title: localised,
    blueprint: z
      .array(
        z.strictObject({
          competence: competenceCode,
          levels: z.array(level).min(1),
          count: z.number().int().positive(),
        }),
      )
      .min(1),
    passPercent: z.number().int().min(1).max(100),
  }),
});
export type CourseSource = z.infer<typeof courseSourceSchema>;

const textBlock = (type: 'heading' | 'paragraph' | 'tip' | 'warning') =>
  z.strictObject({ type: z.literal(type), text });
export const readingParamsSchema = z.strictObject({
  title: text,
  lang,
  blocks: z
    .array(
      z.discriminatedUnion('type', [
        textBlock('heading'),
        textBlock('paragraph'),
        textBlock('tip'),
        textBlock('warning'),
        z.strictObject({ type: z.literal('list'), items: z.array(text).min(1) }),
        z.strictObject({ type: z.literal('image'), file: imagePath, alt: text, caption: text.optional() }),
      ]),
    )
    .min(1)
    .refine((blocks) => blocks.some((b) => b.type === 'image'), 'a reading page needs at least one image'),
});
export type ReadingParams = z.infer<typeof readingParamsSchema>;

const option = z.strictObject({ text, correct: z.boolean(), feedback: text.optional() });
const feedback = { feedbackCorrect: text, feedbackWrong: text };
const correctCount = (q: { options: { correct: boolean }[] }) => q.options.filter((o) => o.correct).length;
export const quizParamsSchema = z.strictObject({
  title: text,
  lang,
  passPercent: z.number().int().min(1).max(100),
  questions: z
    .array(
      z.discriminatedUnion('type', [
        z
          .strictObject({ type: z.literal('single'), text, options: z.array(option).min(2), ...feedback })
          .refine((q) => correctCount(q) === 1, 'a single-choice question needs exactly one correct option'),
        z
          .strictObject({ type: z.literal('multiple'), text, options: z.array(option).min(3), ...feedback })
          .refine((q) => correctCount(q) >= 2, 'a multiple-choice question needs at least two correct options'),
        z.strictObject({ type: z.literal('truefalse'), text, correct: z.boolean(), ...feedback }),
      ]),
    )
    .min(4)
    .max(6),
});
export type QuizParams = z.infer<typeof quizParamsSchema>;

const box = { x: z.number().min(0), y: z.number().min(0), width: z.number().positive(), height: z.number().positive() };
export const phoneTaskParamsSchema = z.strictObject({
  title: text,
  lang,
  intro: text,
  steps: z
    .array(
      z
        .strictObject({
          instruction: text,
          image: imagePath,
          imageWidth: z.number().int().positive(),
          imageHeight: z.number().int().positive(),
          alt: text,
          hotspot: z.strictObject(box),
          hint: text,
          success: text,
        })
        .refine(
          (s) => s.hotspot.x + s.hotspot.width <= s.imageWidth && s.hotspot.y + s.hotspot.height <= s.imageHeight,
          {
            message: 'hotspot must lie inside the image',
            path: ['hotspot'],
          },
        ),
    )
    .min(3)
    .max(5),
});
export type PhoneTaskParams = z.infer<typeof phoneTaskParamsSchema>;

export const PARAMS_SCHEMAS: Record<ContentType, z.ZodType> = {
  'H5P.LcReadingPage': readingParamsSchema,
  'H5P.LcPracticeQuiz': quizParamsSchema,
  'H5P.LcPhoneTask': phoneTaskParamsSchema,
};

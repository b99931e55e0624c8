import { z } from 'zod';
import { localisedTextSchema } from './framework.schema';

export const ITEM_TYPES = [
  'single_choice',
  'multiple_choice',
  'true_false',
  'short_answer',
  'ordering',
  'matching',
  'hotspot',
] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export const ITEM_STATUSES = ['draft', 'in_review', 'published', 'retired'] as const;

const idSchema = z.string().regex(/^[a-z0-9]+$/i, 'ids are short letters/digits like "a" or "r1"');

export const optionSchema = z.strictObject({ id: idSchema, text: localisedTextSchema });
export type ItemOption = z.infer<typeof optionSchema>;

export const imageSchema = z.strictObject({
  file: z
    .string()
    .regex(/^images\/[\w.-]+\.(svg|png|jpe?g|webp)$/, 'image file must be images/<name>.<svg|png|jpg|webp>'),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  alt: localisedTextSchema,
});
export type ItemImage = z.infer<typeof imageSchema>;

export const regionSchema = z.strictObject({
  id: idSchema,
  x: z.number().min(0),
  y: z.number().min(0),
  width: z.number().positive(),
  height: z.number().positive(),
  label: localisedTextSchema,
});
export type HotspotRegion = z.infer<typeof regionSchema>;

const baseFields = {
  id: z.string().regex(/^\d+\.\d+-L[1-8]-\d{3}$/, 'item id must look like "1.1-L1-001"'),
  competence: z.string().regex(/^\d+\.\d+$/),
  level: z.number().int().min(1).max(8),
  stem: localisedTextSchema,
  explanation: localisedTextSchema,
  difficulty: z.number().min(-4).max(4),
  discrimination: z.number().min(0.2).max(3),
  timeSeconds: z.number().int().min(10).max(600),
  accessibility: z.strictObject({ needsImage: z.boolean(), screenReaderOk: z.boolean() }),
  licence: z.string().min(1),
  status: z.enum(ITEM_STATUSES).optional(),
};

export const singleChoiceItemSchema = z.strictObject({
  ...baseFields,
  type: z.literal('single_choice'),
  options: z.array(optionSchema).min(3).max(5),
  image: imageSchema.optional(),
  answer: z.strictObject({ optionId: idSchema }),
});

export const multipleChoiceItemSchema = z.strictObject({
  ...baseFields,
  type: z.literal('multiple_choice'),
  options: z.array(optionSchema).min(4).max(6),
  image: imageSchema.optional(),
  answer: z.strictObject({ optionIds: z.array(idSchema).min(2) }),
});

export const trueFalseItemSchema = z.strictObject({
  ...baseFields,
  type: z.literal('true_false'),
  image: imageSchema.optional(),
  answer: z.strictObject({ value: z.boolean() }),
});

export const shortAnswerItemSchema = z.strictObject({
  ...baseFields,
  type: z.literal('short_answer'),
  image: imageSchema.optional(),
  answer: z.strictObject({
    accepted: z.array(z.string().trim().min(1)).min(1),
    numeric: z.boolean(),
    /** Accept answers typed without Vietnamese marks; without it, list unmarked spellings in `accepted`. */
    ignoreToneMarks: z.boolean().optional(),
  }),
});

export const orderingItemSchema = z.strictObject({
  ...baseFields,
  type: z.literal('ordering'),
  options: z.array(optionSchema).min(3).max(6),
  image: imageSchema.optional(),
  answer: z.strictObject({ order: z.array(idSchema).min(3) }),
});

export const matchingItemSchema = z.strictObject({
  ...baseFields,
  type: z.literal('matching'),
  pairs: z.strictObject({
    left: z.array(optionSchema).min(3).max(5),
    right: z.array(optionSchema).min(3),
  }),
  image: imageSchema.optional(),
  answer: z.strictObject({ pairs: z.record(z.string(), idSchema) }),
});

export const hotspotItemSchema = z.strictObject({
  ...baseFields,
  type: z.literal('hotspot'),
  image: imageSchema,
  regions: z.array(regionSchema).min(2).max(5),
  answer: z.strictObject({ regionId: idSchema }),
});

export const bankItemSchema = z.discriminatedUnion('type', [
  singleChoiceItemSchema,
  multipleChoiceItemSchema,
  trueFalseItemSchema,
  shortAnswerItemSchema,
  orderingItemSchema,
  matchingItemSchema,
  hotspotItemSchema,
]);

export type SingleChoiceItem = z.infer<typeof singleChoiceItemSchema>;
export type MultipleChoiceItem = z.infer<typeof multipleChoiceItemSchema>;
export type TrueFalseItem = z.infer<typeof trueFalseItemSchema>;
export type ShortAnswerItem = z.infer<typeof shortAnswerItemSchema>;
export type OrderingItem = z.infer<typeof orderingItemSchema>;
export type MatchingItem = z.infer<typeof matchingItemSchema>;
export type HotspotItem = z.infer<typeof hotspotItemSchema>;
export type BankItem = z.infer<typeof bankItemSchema>;

import type { DeliveredItem, ItemPicture, LocalisedText } from '@lc/shared-contracts';
import { TestItemEntity } from './test-item.entity';

const TRUE_FALSE = [
  { id: 'true', text: { vi: 'Đúng', en: 'True' } },
  { id: 'false', text: { vi: 'Sai', en: 'False' } },
];

type Choice = { id: string; text: LocalisedText };
type Shown = Pick<TestItemEntity, 'type' | 'options'> & { extra?: TestItemEntity['extra'] };

const labelled = (list: unknown): Choice[] =>
  ((list as { id: string; text?: LocalisedText; label?: LocalisedText }[] | undefined) ?? []).map((e) => ({
    id: e.id,
    text: e.text ?? e.label ?? { vi: e.id },
  }));

/**
 * What a person chooses among: "true"/"false" for true/false items, the left-hand column of a matching item, the
 * regions of a hotspot item (by label only: their place on the picture is graded on the server).
 */
export function deliveredOptions(i: Shown): DeliveredItem['options'] {
  if (i.type === 'true_false') return TRUE_FALSE;
  if (i.type === 'matching') return labelled((i.extra?.['pairs'] as { left?: unknown } | undefined)?.left);
  if (i.type === 'hotspot') return labelled(i.extra?.['regions']);
  return i.options.map((o) => ({ id: o.id, text: o.text }));
}

/** The parts only some items have: the right-hand column of a matching item, a picture (every hotspot has one). */
export function deliveredExtras(i: Shown): Pick<DeliveredItem, 'matches' | 'image'> {
  const extras: Pick<DeliveredItem, 'matches' | 'image'> = {};
  if (i.type === 'matching') extras.matches = labelled((i.extra?.['pairs'] as { right?: unknown } | undefined)?.right);
  const image = i.extra?.['image'] as ItemPicture | undefined;
  if (image?.src) extras.image = { src: image.src, width: image.width, height: image.height, alt: image.alt };
  return extras;
}

/** What the browser may see: the stem and options, never the key or the explanation before grading. */
export const toDeliveredItem = (i: TestItemEntity): DeliveredItem => ({
  id: i.id,
  type: i.type,
  competence: i.competence,
  level: i.level,
  stem: i.stem,
  options: deliveredOptions(i),
  ...deliveredExtras(i),
});

import { CreateTestMaterialRequest, DeliveredItem } from '@lc/shared-contracts';

/**
 * The trainer's unsaved items in the shape a citizen's browser receives: the key and the explanation are left
 * out, so the preview cannot show more than a learner would see.
 */
export function toPreviewItems(test: CreateTestMaterialRequest): DeliveredItem[] {
  return test.items.map((item, i) => ({
    id: `preview-${i + 1}`,
    type: item.type,
    competence: item.competence,
    level: item.level,
    stem: { vi: item.stem },
    options: item.options.map((text, j) => ({ id: `preview-${i + 1}-${j + 1}`, text: { vi: text } })),
  }));
}

import { DeliveredItem, ItemProposalRequest, LocalisedText, shownOrder } from '@lc/shared-contracts';

const TRUE_FALSE = [
  { id: 'true', text: { vi: 'Đúng', en: 'True' } },
  { id: 'false', text: { vi: 'Sai', en: 'False' } },
];

const listed = (prefix: string, texts: LocalisedText[] | undefined) =>
  (texts ?? []).map((text, i) => ({ id: `${prefix}${i + 1}`, text }));

/**
 * A proposal as a citizen's browser will receive it once published: the key left out, the steps and the right-hand
 * column in the order they will be shown (the same rule as the server's), hotspot regions by label only.
 */
export function proposalPreview(req: ItemProposalRequest): DeliveredItem {
  const base = { id: 'preview', type: req.type, competence: req.competence, level: req.level, stem: req.stem };
  const image = req.picture ? { image: req.picture } : {};
  switch (req.type) {
    case 'true_false':
      return { ...base, ...image, options: TRUE_FALSE };
    case 'short_answer':
      return { ...base, ...image, options: [] };
    case 'ordering':
      return { ...base, ...image, options: shownOrder(listed('s', req.options)) };
    case 'matching':
      return {
        ...base,
        ...image,
        options: listed(
          'l',
          req.pairs?.map((p) => p.left),
        ),
        matches: shownOrder(
          listed(
            'r',
            req.pairs?.map((p) => p.right),
          ),
        ),
      };
    case 'hotspot':
      return {
        ...base,
        ...image,
        options: listed(
          'r',
          req.regions?.map((r) => r.label),
        ),
      };
    default:
      return { ...base, ...image, options: listed('o', req.options) };
  }
}

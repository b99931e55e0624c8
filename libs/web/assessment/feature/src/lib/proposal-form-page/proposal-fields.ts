import { ProposableType } from '@lc/shared-contracts';

/**
 * The form control a refused field of the request names. The request nests each text's languages (`stem.vi`,
 * `pairs.0.left.en`) where the form keeps one control per language (`stemVi`, `pairs.0.leftEn`); an option's
 * languages (`options.1.vi`) are controls of the same names.
 */
export function proposalControlOf(path: string): string {
  return path.replace(
    /([a-zA-Z]+)\.(vi|en)$/,
    (_, name: string, lang: string) => name + lang[0].toUpperCase() + lang[1],
  );
}

/** Refusals of the item's own rules that concern one control: the accepted answers, or the picture. */
export const PROPOSAL_FIELD_OF_CODE: Readonly<Record<string, string>> = {
  ITEM_ANSWER_NOT_NUMERIC: 'accepted',
  ITEM_PICTURE_TYPE: 'picture',
  ITEM_PICTURE_TOO_LARGE: 'picture',
  ITEM_PICTURE_ALT_MISSING: 'picture',
  ITEM_HOTSPOT_PICTURE_REQUIRED: 'picture',
};

/** The option list's columns (its ids number them), as proposal-key-fields gives them. */
const LIST_COLUMNS: Record<string, readonly string[]> = {
  options: ['vi', 'en'],
  pairs: ['leftVi', 'leftEn', 'rightVi', 'rightEn'],
};

/**
 * The id of the element that shows `field`, for the error summary's links: the option lists number their inputs
 * (`option-1-0`, `step-2-1`, `pair-1-3`); every other control has the id `proposal-<control path>`.
 */
export function proposalTargetId(field: string, type: ProposableType): string {
  const [list, index, control] = field.split('.');
  const column = LIST_COLUMNS[list]?.indexOf(control) ?? -1;
  if (column < 0 || !/^\d+$/.test(index)) return `proposal-${field}`;
  const listId = list === 'pairs' ? 'pair' : type === 'ordering' ? 'step' : 'option';
  return `${listId}-${Number(index) + 1}-${column}`;
}

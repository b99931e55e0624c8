import type { ItemResponse } from '@lc/shared-contracts';
import { regionAt, type Region } from './grading/hotspot';
import { shortAnswerCorrect } from './grading/short-answer';
import type { AnswerKey, TestItemEntity } from './test-item.entity';

export { cleanResponse, isEmptyResponse, responseProblem, sameResponse } from './grading/response-problem';

/** Every item type the server grades: all seven of the bank's. */
export const GRADABLE_TYPES = [
  'single_choice',
  'multiple_choice',
  'true_false',
  'short_answer',
  'ordering',
  'matching',
  'hotspot',
] as const;

export type GradedItem = Pick<TestItemEntity, 'type' | 'answer'> & { extra?: TestItemEntity['extra'] };

const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

/** The regions of a hotspot item, as the seed stores them beside the picture. */
export const regionsOf = (item: { extra?: TestItemEntity['extra'] }): Region[] =>
  (item.extra?.['regions'] as Region[] | undefined) ?? [];

/** The region a hotspot answer names: chosen from the list, or the one the point falls in. */
export function chosenRegion(item: { extra?: TestItemEntity['extra'] }, response: ItemResponse): string | null {
  if (response.point) return regionAt(regionsOf(item), response.point);
  return response.optionIds.length === 1 ? response.optionIds[0] : null;
}

function matchingCorrect(key: Record<string, string>, pairs: ItemResponse['pairs']): boolean {
  const given = new Map((pairs ?? []).map((p) => [p.left, p.right]));
  const lefts = Object.keys(key);
  return given.size === lefts.length && lefts.every((left) => given.get(left) === key[left]);
}

/** Server-side grading; an unanswered item is wrong. Pure. */
export function isCorrect(item: GradedItem, response: ItemResponse | undefined): boolean {
  if (!response) return false;
  const chosen = response.optionIds ?? [];
  const key: AnswerKey = item.answer;
  switch (item.type) {
    case 'single_choice':
      return 'optionId' in key && chosen.length === 1 && chosen[0] === key.optionId;
    case 'multiple_choice':
      return 'optionIds' in key && sameSet(chosen, key.optionIds);
    case 'true_false':
      return 'value' in key && chosen.length === 1 && chosen[0] === String(key.value);
    case 'short_answer':
      return 'accepted' in key && shortAnswerCorrect(key, response.text);
    case 'ordering':
      return 'order' in key && chosen.length === key.order.length && chosen.every((id, i) => id === key.order[i]);
    case 'matching':
      return 'pairs' in key && matchingCorrect(key.pairs, response.pairs);
    case 'hotspot':
      return 'regionId' in key && chosenRegion(item, response) === key.regionId;
    default:
      return false;
  }
}

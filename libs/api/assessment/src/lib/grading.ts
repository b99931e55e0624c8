import type { ItemResponse } from '@lc/shared-contracts';
import type { AnswerKey, TestItemEntity } from './test-item.entity';

export const GRADABLE_TYPES = ['single_choice', 'multiple_choice', 'true_false'] as const;

const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

/** Server-side grading; an unanswered item is wrong. */
export function isCorrect(item: Pick<TestItemEntity, 'type' | 'answer'>, response: ItemResponse | undefined): boolean {
  const chosen = response?.optionIds ?? [];
  const key: AnswerKey = item.answer;
  switch (item.type) {
    case 'single_choice':
      return 'optionId' in key && chosen.length === 1 && chosen[0] === key.optionId;
    case 'multiple_choice':
      return 'optionIds' in key && sameSet(chosen, key.optionIds);
    case 'true_false':
      return 'value' in key && chosen.length === 1 && chosen[0] === String(key.value);
    default:
      return false;
  }
}

/** A response must name options the item actually offers (true/false offer "true" and "false"). */
export function responseProblem(item: Pick<TestItemEntity, 'type' | 'options'>, response: ItemResponse): string | null {
  const offered = item.type === 'true_false' ? ['true', 'false'] : item.options.map((o) => o.id);
  if (response.optionIds.some((id) => !offered.includes(id)))
    return 'Câu trả lời chọn một phương án không có trong câu hỏi.';
  if (item.type !== 'multiple_choice' && response.optionIds.length > 1) return 'Câu hỏi này chỉ chọn một phương án.';
  if (new Set(response.optionIds).size !== response.optionIds.length) return 'Một phương án được chọn hai lần.';
  return null;
}

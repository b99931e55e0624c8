import type { NewTestItem } from '@lc/shared-contracts';
import type { AnswerKey } from './test-item.entity';

/** Checks a trainer's item beyond its shape; returns the problem in Vietnamese, or null. */
export function trainerItemProblem(item: NewTestItem, index: number, competences: Set<string>): string | null {
  const n = `Câu ${index + 1}: `;
  if (!competences.has(item.competence)) return n + `năng lực ${item.competence} không có trong khung năng lực số.`;
  const texts = item.options.map((o) => o.trim().toLowerCase());
  if (texts.some((t) => !t)) return n + 'có phương án để trống.';
  if (new Set(texts).size !== texts.length) return n + 'có hai phương án giống nhau.';
  if (item.correct.some((c) => c >= item.options.length)) return n + 'đáp án đúng không nằm trong các phương án.';
  const correct = new Set(item.correct);
  if (item.type === 'single_choice' && correct.size !== 1) return n + 'câu một lựa chọn cần đúng một đáp án đúng.';
  if (item.type === 'multiple_choice' && correct.size === item.options.length)
    return n + 'không thể mọi phương án đều đúng.';
  return null;
}

const optionId = (i: number) => String.fromCharCode(97 + i);

export function trainerItemKey(item: NewTestItem): {
  options: { id: string; text: { vi: string } }[];
  answer: AnswerKey;
} {
  const options = item.options.map((text, i) => ({ id: optionId(i), text: { vi: text.trim() } }));
  const ids = [...new Set(item.correct)].sort().map(optionId);
  return { options, answer: item.type === 'single_choice' ? { optionId: ids[0] } : { optionIds: ids } };
}

/** Until answers calibrate an item, its 2PL difficulty follows its level (level 1 → -1.5, each level +1). */
export const difficultyForLevel = (level: number) => level - 2.5;

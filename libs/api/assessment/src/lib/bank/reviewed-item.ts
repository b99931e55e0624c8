import type { BankItemStatus, ReviewedItem } from '@lc/shared-contracts';
import { deliveredExtras, deliveredOptions } from '../item.mapper';
import type { AnswerKey, TestItemEntity } from '../test-item.entity';
import { correctOptionIds } from './proposal-item';

/** An item with its key, for its author and the reviewers only. */
export function toReviewedItem(item: TestItemEntity, names: ReadonlyMap<string, string>): ReviewedItem {
  return {
    id: item.id,
    lineageId: item.lineageId ?? item.id,
    version: item.version,
    status: item.status as BankItemStatus,
    type: item.type,
    competence: item.competence,
    level: item.level,
    stem: item.stem,
    options: deliveredOptions(item),
    correctOptionIds: correctOptionIds(item.answer),
    otherKey: otherKey(item.answer),
    explanation: item.explanation,
    image: deliveredExtras(item).image,
    authorName: item.authorId ? (names.get(item.authorId) ?? null) : null,
    reviewReasons: item.reviewReasons,
    createdAt: item.createdAt.toISOString(),
  };
}

/** The key of an item not answered by choosing options, in words a reviewer can check. */
export function otherKey(answer: AnswerKey): string[] {
  if ('accepted' in answer) return answer.accepted;
  if ('order' in answer) return answer.order.map((id, i) => `${i + 1}. ${id}`);
  if ('pairs' in answer) return Object.entries(answer.pairs).map(([left, right]) => `${left} → ${right}`);
  if ('regionId' in answer) return [answer.regionId];
  return [];
}

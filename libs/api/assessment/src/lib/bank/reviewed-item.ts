import type { BankItemStatus, ReviewedItem } from '@lc/shared-contracts';
import type { TestItemEntity } from '../test-item.entity';
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
    options: item.options,
    correctOptionIds: correctOptionIds(item.answer),
    explanation: item.explanation,
    authorName: item.authorId ? (names.get(item.authorId) ?? null) : null,
    reviewReasons: item.reviewReasons,
    createdAt: item.createdAt.toISOString(),
  };
}

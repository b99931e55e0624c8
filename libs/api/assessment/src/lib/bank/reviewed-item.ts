import type { BankItemStatus, LocalisedText, ReviewedItem } from '@lc/shared-contracts';
import { deliveredExtras, deliveredOptions } from '../item.mapper';
import type { TestItemEntity } from '../test-item.entity';
import { correctOptionIds } from './proposal-item';
import { itemAsProposal } from './proposal-view';

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
    otherKey: otherKey(item),
    explanation: item.explanation,
    image: deliveredExtras(item).image,
    proposal: itemAsProposal(item),
    authorName: item.authorId ? (names.get(item.authorId) ?? null) : null,
    reviewReasons: item.reviewReasons,
    createdAt: item.createdAt.toISOString(),
  };
}

type Named = { id: string; text?: LocalisedText; label?: LocalisedText };
type Keyed = Pick<TestItemEntity, 'answer' | 'options'> & { extra?: TestItemEntity['extra'] };

/** The words of an option, pair side or region; its id when it has none. */
const words = (list: Named[] | undefined, id: string): string => {
  const found = list?.find((n) => n.id === id);
  const text = found?.text ?? found?.label;
  return text ? (text.en ? `${text.vi} (${text.en})` : text.vi) : id;
};

/** The key of an item not answered by choosing options, in words a reviewer can check against the stem. */
export function otherKey(item: Keyed): string[] {
  const { answer } = item;
  const pairs = item.extra?.['pairs'] as { left?: Named[]; right?: Named[] } | undefined;
  if ('accepted' in answer) return answer.accepted;
  if ('order' in answer) return answer.order.map((id, i) => `${i + 1}. ${words(item.options, id)}`);
  if ('pairs' in answer)
    return Object.entries(answer.pairs).map(([l, r]) => `${words(pairs?.left, l)} → ${words(pairs?.right, r)}`);
  if ('regionId' in answer) return [words(item.extra?.['regions'] as Named[] | undefined, answer.regionId)];
  return [];
}

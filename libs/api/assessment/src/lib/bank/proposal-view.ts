import type { ItemProposalRequest, LocalisedText, ProposableType } from '@lc/shared-contracts';
import { deliveredExtras } from '../item.mapper';
import type { AnswerKey, TestItemEntity } from '../test-item.entity';
import type { StoredRegion } from './proposal-item';

type Choice = { id: string; text: LocalisedText };
type Keyed = Pick<ItemProposalRequest, 'options' | 'correct' | 'truth' | 'accepted' | 'numeric' | 'ignoreToneMarks'> &
  Pick<ItemProposalRequest, 'pairs' | 'regions'>;

const textsIn = (order: string[], list: Choice[]) =>
  order.flatMap((id) => list.filter((c) => c.id === id).map((c) => c.text));

function keyFields(item: TestItemEntity, key: AnswerKey): Keyed {
  const pairs = item.extra['pairs'] as { left: Choice[]; right: Choice[] } | undefined;
  const regions = (item.extra['regions'] as StoredRegion[] | undefined) ?? [];
  if ('optionId' in key || 'optionIds' in key) {
    const right = 'optionId' in key ? [key.optionId] : key.optionIds;
    return {
      options: item.options.map((o) => o.text),
      correct: item.options.flatMap((o, i) => (right.includes(o.id) ? [i] : [])),
    };
  }
  if ('value' in key) return { truth: key.value };
  if ('accepted' in key)
    return { accepted: key.accepted, numeric: !!key.numeric, ignoreToneMarks: !!key.ignoreToneMarks };
  if ('order' in key) return { options: textsIn(key.order, item.options) };
  if ('pairs' in key && pairs)
    return {
      pairs: pairs.left.map((l) => ({ left: l.text, right: textsIn([key.pairs[l.id]], pairs.right)[0] })),
    };
  if ('regionId' in key)
    return {
      regions: regions.map(({ x, y, width, height, label }) => ({ x, y, width, height, label })),
      correct: [regions.findIndex((r) => r.id === key.regionId)],
    };
  return {};
}

/** A stored item back in the shape of a proposal: its author edits it, or a reviewer revises it, from there. */
export function itemAsProposal(item: TestItemEntity): ItemProposalRequest {
  const picture = deliveredExtras(item).image;
  return {
    type: item.type as ProposableType,
    competence: item.competence,
    level: item.level,
    stem: item.stem,
    ...keyFields(item, item.answer),
    explanation: item.explanation ?? { vi: '', en: '' },
    ...(picture ? { picture } : {}),
  };
}

import {
  shownOrder,
  type ItemPicture,
  type ItemProposalRequest,
  type LocalisedText,
  type ProposalRegion,
} from '@lc/shared-contracts';
import type { AnswerKey } from '../test-item.entity';
import { trainerItemKey } from '../trainer-items';

type Choice = { id: string; text: LocalisedText };

/** A proposal as `test_item` stores it: the same shape as a seeded item of its type (seed-reference `toItemRow`). */
export interface ProposalFields {
  stem: LocalisedText;
  options: Choice[];
  answer: AnswerKey;
  explanation: LocalisedText;
  extra: { image?: ItemPicture; pairs?: { left: Choice[]; right: Choice[] }; regions?: StoredRegion[] };
}
export type StoredRegion = Omit<ProposalRegion, 'label'> & { id: string; label: LocalisedText };

export const trimmed = (t: LocalisedText): LocalisedText => ({ vi: t.vi.trim(), en: t.en?.trim() ?? '' });
const letter = (i: number) => String.fromCharCode(97 + i);
const uniqueTrimmed = (list: string[]) => [...new Set(list.map((a) => a.trim()).filter(Boolean))];

function keyed(req: ItemProposalRequest): Pick<ProposalFields, 'options' | 'answer'> & Partial<ProposalFields> {
  const options = (req.options ?? []).map((text, i) => ({ id: letter(i), text: trimmed(text) }));
  switch (req.type) {
    case 'single_choice':
    case 'multiple_choice': {
      const key = trainerItemKey({
        type: req.type,
        competence: req.competence,
        level: req.level,
        stem: req.stem.vi,
        options: options.map((o) => o.text.vi),
        correct: req.correct ?? [],
      });
      return { options, answer: key.answer };
    }
    case 'true_false':
      return { options: [], answer: { value: req.truth === true } };
    case 'short_answer': {
      const answer = { accepted: uniqueTrimmed(req.accepted ?? []), numeric: req.numeric === true };
      return { options: [], answer: req.ignoreToneMarks ? { ...answer, ignoreToneMarks: true } : answer };
    }
    case 'ordering':
      return { options: shownOrder(options), answer: { order: options.map((o) => o.id) } };
    case 'matching': {
      const pairs = req.pairs ?? [];
      const left = pairs.map((p, i) => ({ id: `l${i + 1}`, text: trimmed(p.left) }));
      const right = pairs.map((p, i) => ({ id: `r${i + 1}`, text: trimmed(p.right) }));
      const answer = { pairs: Object.fromEntries(left.map((l, i) => [l.id, right[i].id])) };
      return { options: [], answer, extra: { pairs: { left, right: shownOrder(right) } } };
    }
    case 'hotspot': {
      const regions = (req.regions ?? []).map((r, i) => ({ ...r, id: `r${i + 1}`, label: trimmed(r.label) }));
      const right = regions[req.correct?.[0] ?? -1];
      return { options: [], answer: { regionId: right?.id ?? '' }, extra: { regions } };
    }
  }
}

/** The stored form of a proposal: trimmed texts in both languages, ids a, b… (l1, r1… for pairs and regions). */
export function proposalFields(req: ItemProposalRequest): ProposalFields {
  const { options, answer, extra } = keyed(req);
  return {
    stem: trimmed(req.stem),
    options,
    answer,
    explanation: trimmed(req.explanation),
    // Stored as seeded pictures are, so attempts deliver it with the stem (`deliveredExtras`).
    extra: { ...extra, ...(req.picture ? { image: { ...req.picture, alt: trimmed(req.picture.alt) } } : {}) },
  };
}

/** The right option ids of a keyed item, for the people allowed to see them. */
export function correctOptionIds(answer: AnswerKey): string[] {
  if ('optionId' in answer) return [answer.optionId];
  if ('optionIds' in answer) return [...answer.optionIds];
  if ('value' in answer) return [String(answer.value)];
  return [];
}

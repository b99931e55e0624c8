import type { ItemPicture, ItemProposalRequest, LocalisedText } from '@lc/shared-contracts';
import type { AnswerKey } from '../test-item.entity';
import { trainerItemKey, trainerItemProblem } from '../trainer-items';

const trimmed = (t: LocalisedText): LocalisedText => ({ vi: t.vi.trim(), en: t.en?.trim() ?? '' });

/** The problem with a proposal beyond its shape, in Vietnamese, or null: the course-test rules, in both languages. */
export function proposalProblem(req: ItemProposalRequest, competences: Set<string>): string | null {
  const asTrainerItem = (lang: 'vi' | 'en') => ({
    type: req.type,
    competence: req.competence,
    level: req.level,
    stem: req.stem[lang] ?? '',
    options: req.options.map((o) => o[lang] ?? ''),
    correct: req.correct,
  });
  const problem = trainerItemProblem(asTrainerItem('vi'), 0, competences);
  if (problem) return problem.replace('Câu 1: ', '');
  if (trainerItemProblem(asTrainerItem('en'), 0, competences))
    return 'Bản tiếng Anh: các phương án phải khác nhau và không để trống.';
  return null;
}

/** The stored form of a proposal: trimmed texts in both languages, options a, b, c… and the key over them. */
export function proposalFields(req: ItemProposalRequest): {
  stem: LocalisedText;
  options: { id: string; text: LocalisedText }[];
  answer: AnswerKey;
  explanation: LocalisedText;
  extra: { image?: ItemPicture };
} {
  const keyed = trainerItemKey({
    type: req.type,
    competence: req.competence,
    level: req.level,
    stem: req.stem.vi,
    options: req.options.map((o) => o.vi),
    correct: req.correct,
  });
  return {
    stem: trimmed(req.stem),
    options: keyed.options.map((o, i) => ({ id: o.id, text: trimmed(req.options[i]) })),
    answer: keyed.answer,
    explanation: trimmed(req.explanation),
    // Stored as seeded pictures are, so attempts deliver it with the stem (`deliveredExtras`).
    extra: req.picture ? { image: { ...req.picture, alt: trimmed(req.picture.alt) } } : {},
  };
}

/** The right option ids of a keyed item, for the people allowed to see them. */
export function correctOptionIds(answer: AnswerKey): string[] {
  if ('optionId' in answer) return [answer.optionId];
  if ('optionIds' in answer) return [...answer.optionIds];
  if ('value' in answer) return [String(answer.value)];
  return [];
}

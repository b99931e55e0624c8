import { answerProblems, bankItemSchema, imageProblems, textProblems, type BankItem } from '@lc/api-content';
import type { ItemProposalRequest, LocalisedText } from '@lc/shared-contracts';
import { trainerItemProblem } from '../trainer-items';
import { proposalFields, type ProposalFields } from './proposal-item';

/** Why a proposal is refused: a stable code and a Vietnamese message that says what to change. */
export interface ProposalProblem {
  code: string;
  message: string;
}

const problem = (code: string, message: string): ProposalProblem => ({ code, message });
const missing = (message: string) => problem('ITEM_TYPE_FIELDS_MISSING', message);

/** What each type must carry before its key can even be built. */
function missingFields(req: ItemProposalRequest): ProposalProblem | null {
  switch (req.type) {
    case 'single_choice':
    case 'multiple_choice':
      return req.options?.length && req.correct?.length
        ? null
        : missing('Câu hỏi lựa chọn cần các phương án và đáp án đúng.');
    case 'true_false':
      return typeof req.truth === 'boolean' ? null : missing('Câu đúng/sai cần cho biết nhận định là đúng hay sai.');
    case 'short_answer':
      return req.accepted?.some((a) => a.trim()) ? null : missing('Câu trả lời ngắn cần ít nhất một đáp án.');
    case 'ordering':
      return (req.options?.length ?? 0) >= 3 ? null : missing('Câu sắp xếp cần ít nhất 3 bước theo đúng thứ tự.');
    case 'matching':
      return (req.pairs?.length ?? 0) >= 3 ? null : missing('Câu nối cặp cần ít nhất 3 cặp.');
    case 'hotspot': {
      if (!req.picture) return problem('ITEM_HOTSPOT_PICTURE_REQUIRED', 'Câu chọn vùng trên hình cần một hình ảnh.');
      const regions = req.regions?.length ?? 0;
      const right = req.correct ?? [];
      return regions >= 2 && right.length === 1 && right[0] < regions
        ? null
        : missing('Câu chọn vùng trên hình cần ít nhất 2 vùng và đúng một vùng đúng.');
    }
  }
}

/** Texts a person tells apart: the steps, each column of pairs, the region labels, in each language. */
function repeatedTexts(req: ItemProposalRequest): boolean {
  const lists: LocalisedText[][] =
    req.type === 'ordering'
      ? [req.options ?? []]
      : req.type === 'matching'
        ? [(req.pairs ?? []).map((p) => p.left), (req.pairs ?? []).map((p) => p.right)]
        : req.type === 'hotspot'
          ? [(req.regions ?? []).map((r) => r.label)]
          : [];
  return lists.some((list) =>
    (['vi', 'en'] as const).some((lang) => {
      const texts = list.map((t) => (t[lang] ?? '').trim().toLowerCase());
      return new Set(texts).size !== texts.length;
    }),
  );
}

/** The proposal in the shape of a seeded item, so the content validator judges it as it judges the bank. */
function asBankItem(req: ItemProposalRequest, fields: ProposalFields): unknown {
  const { image, pairs, regions } = fields.extra;
  return {
    id: `${req.competence}-L${req.level}-001`,
    competence: req.competence,
    level: req.level,
    type: req.type,
    stem: fields.stem,
    explanation: fields.explanation,
    difficulty: 0,
    discrimination: 1,
    timeSeconds: 60,
    accessibility: { needsImage: req.type === 'hotspot', screenReaderOk: true },
    licence: 'CC BY 4.0',
    ...(image
      ? { image: { file: 'images/proposal.png', width: image.width, height: image.height, alt: image.alt } }
      : {}),
    ...(req.type === 'ordering' ? { options: fields.options } : {}),
    ...(pairs ? { pairs } : {}),
    ...(regions ? { regions } : {}),
    answer: fields.answer,
  };
}

/** The bank's own rules (libs/api/content), each group answered with its code. */
function bankProblem(req: ItemProposalRequest): ProposalProblem | null {
  const parsed = bankItemSchema.safeParse(asBankItem(req, proposalFields(req)));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return problem('ITEM_PROPOSAL_INVALID', `Câu hỏi chưa hợp lệ (${issue.path.join('.')}: ${issue.message}).`);
  }
  const item: BankItem = parsed.data;
  const answer = answerProblems(item);
  if (answer.length)
    return req.type === 'short_answer' && req.numeric
      ? problem('ITEM_ANSWER_NOT_NUMERIC', 'Đáp án dạng số chỉ được chứa số, ví dụ 2,5 hoặc 10.')
      : problem('ITEM_PROPOSAL_INVALID', `Đáp án chưa hợp lệ (${answer[0]}).`);
  const regions = imageProblems(item);
  if (regions.length)
    return problem('ITEM_HOTSPOT_REGIONS', `Các vùng phải nằm trong hình và không chồng lên nhau (${regions[0]}).`);
  const text = textProblems(item);
  if (text.length)
    return problem(
      'ITEM_TEXT_RULES',
      `Nội dung chưa đạt quy tắc của ngân hàng: phương án phải đúng ở mọi vị trí và tiếng Việt cần có dấu (${text[0]}).`,
    );
  return null;
}

/** The course-test rules for choice items (ADR 0019), in both languages. */
function choiceProblem(req: ItemProposalRequest, competences: Set<string>): ProposalProblem | null {
  const asTrainerItem = (lang: 'vi' | 'en') => ({
    type: req.type as 'single_choice' | 'multiple_choice',
    competence: req.competence,
    level: req.level,
    stem: req.stem[lang] ?? '',
    options: (req.options ?? []).map((o) => o[lang] ?? ''),
    correct: req.correct ?? [],
  });
  const vi = trainerItemProblem(asTrainerItem('vi'), 0, competences);
  if (vi) return problem('ITEM_PROPOSAL_INVALID', vi.replace('Câu 1: ', ''));
  if (trainerItemProblem(asTrainerItem('en'), 0, competences))
    return problem('ITEM_PROPOSAL_INVALID', 'Bản tiếng Anh: các phương án phải khác nhau và không để trống.');
  return null;
}

/**
 * The problem with a proposal beyond its shape, or null. Choice items keep the course-test rules; the other five
 * types are judged by the content validator that checks the seeded bank (docs/adr/0031).
 */
export function proposalProblem(req: ItemProposalRequest, competences: Set<string>): ProposalProblem | null {
  const absent = missingFields(req);
  if (absent) return absent;
  if (req.type === 'single_choice' || req.type === 'multiple_choice') return choiceProblem(req, competences);
  if (!competences.has(req.competence))
    return problem('ITEM_PROPOSAL_INVALID', `Năng lực ${req.competence} không có trong khung năng lực số.`);
  if (repeatedTexts(req)) return problem('ITEM_OPTIONS_REPEATED', 'Các phương án, cặp hoặc vùng phải khác nhau.');
  return bankProblem(req);
}

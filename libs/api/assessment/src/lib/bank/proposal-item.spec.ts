import type { ItemProposalRequest } from '@lc/shared-contracts';
import { correctOptionIds, proposalFields, proposalProblem } from './proposal-item';

const codes = new Set(['1.1', '2.3']);
const proposal = (over: Partial<ItemProposalRequest> = {}): ItemProposalRequest => ({
  type: 'single_choice',
  competence: '1.1',
  level: 3,
  stem: { vi: ' Mật khẩu nào mạnh nhất? ', en: 'Which password is strongest?' },
  options: [
    { vi: '123456', en: '123456' },
    { vi: 'Ha-Noi-mua-thu-2025!', en: 'Ha-Noi-mua-thu-2025!' },
  ],
  correct: [1],
  explanation: { vi: 'Dài và đa dạng ký tự.', en: 'Long and varied.' },
  ...over,
});

describe(proposalProblem.name, () => {
  it('accepts a sound proposal', () => expect(proposalProblem(proposal(), codes)).toBeNull());

  it('refuses an unknown competence, a key outside the options and duplicated options', () => {
    expect(proposalProblem(proposal({ competence: '6.6' }), codes)).toMatch(/6\.6/);
    expect(proposalProblem(proposal({ correct: [4] }), codes)).toMatch(/đáp án/);
    expect(proposalProblem(proposal({ type: 'single_choice', correct: [0, 1] }), codes)).toMatch(/đúng một/);
  });

  it('checks the English options too', () => {
    const options = [
      { vi: 'Một', en: 'Same' },
      { vi: 'Hai', en: 'same' },
    ];
    expect(proposalProblem(proposal({ options }), codes)).toMatch(/tiếng Anh/);
  });
});

describe(proposalFields.name, () => {
  it('keys the options a, b, … in both languages and trims the texts', () => {
    const fields = proposalFields(proposal());
    expect(fields.stem).toEqual({ vi: 'Mật khẩu nào mạnh nhất?', en: 'Which password is strongest?' });
    expect(fields.options.map((o) => o.id)).toEqual(['a', 'b']);
    expect(fields.options[1].text.en).toBe('Ha-Noi-mua-thu-2025!');
    expect(fields.answer).toEqual({ optionId: 'b' });
    expect(correctOptionIds(fields.answer)).toEqual(['b']);
  });

  it('keys a multiple-choice item as a sorted set', () => {
    const options = ['A', 'B', 'C'].map((t) => ({ vi: t, en: t }));
    expect(proposalFields(proposal({ type: 'multiple_choice', options, correct: [2, 0] })).answer).toEqual({
      optionIds: ['a', 'c'],
    });
  });
});

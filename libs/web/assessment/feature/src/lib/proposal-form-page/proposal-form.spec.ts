import { ItemProposalRequest, ReviewedItem } from '@lc/shared-contracts';
import { applyType, createProposalForm, createProposalOption } from './proposal-form';
import { setPicture } from './proposal-picture-form';
import { proposalPreview } from './proposal-preview';
import { toProposalRequest } from './proposal-request';

const choice: ItemProposalRequest = {
  type: 'multiple_choice',
  competence: '4.1',
  level: 3,
  stem: { vi: 'Câu hỏi?', en: 'Question?' },
  options: [
    { vi: 'Một', en: 'One' },
    { vi: 'Hai', en: 'Two' },
    { vi: 'Ba', en: 'Three' },
  ],
  correct: [0, 2],
  explanation: { vi: 'Vì vậy.', en: 'Because.' },
};

const item: ReviewedItem = {
  id: 'b-1',
  lineageId: 'b-1',
  version: 1,
  status: 'returned',
  type: 'multiple_choice',
  competence: '4.1',
  level: 3,
  stem: choice.stem,
  options: choice.options!.map((text, i) => ({ id: 'abc'[i], text })),
  correctOptionIds: ['a', 'c'],
  otherKey: [],
  explanation: choice.explanation,
  proposal: choice,
  authorName: 'A',
  reviewReasons: ['Sửa'],
  createdAt: '2026-01-01T00:00:00Z',
};

describe('proposal form', () => {
  it('round-trips an item into a request, keeping the right options', () => {
    const form = createProposalForm(item);
    expect(form.valid).toBe(true);
    expect(toProposalRequest(form, 'b-0')).toEqual({ ...choice, revises: 'b-0' });
  });

  it('needs exactly one right option for a one-answer question, and English texts', () => {
    const form = createProposalForm(item);
    form.controls.type.setValue('single_choice');
    expect(form.hasError('correctSingle')).toBe(true);
    form.controls.options.at(2).controls.correct.setValue(false);
    expect(form.hasError('correctSingle')).toBe(false);
    form.controls.options.push(createProposalOption('Bốn', ''));
    expect(form.valid).toBe(false);
  });

  it('starts empty and invalid', () => {
    const form = createProposalForm();
    expect(form.controls.options.length).toBe(2);
    expect(form.valid).toBe(false);
    expect(form.hasError('correctSingle')).toBe(true);
  });

  it('asks for alt text in both languages only while there is a picture, and sends it with the picture', () => {
    const form = createProposalForm(item);
    const picture = form.controls.picture;
    setPicture(picture, { src: 'data:image/png;base64,iVBORw0KGgo=', width: 192, height: 192 });
    expect(form.valid).toBe(false);
    picture.patchValue({ altVi: ' Biểu tượng ', altEn: 'An icon' });
    expect(form.valid).toBe(true);
    expect(toProposalRequest(form).picture).toEqual({
      src: 'data:image/png;base64,iVBORw0KGgo=',
      width: 192,
      height: 192,
      alt: { vi: 'Biểu tượng', en: 'An icon' },
    });
    setPicture(picture, null);
    expect(form.valid).toBe(true);
    expect(toProposalRequest(form).picture).toBeUndefined();
  });

  const t = (vi: string, en: string) => ({ vi, en });
  const base = { competence: '4.1', level: 2, stem: t('Câu?', 'Question?'), explanation: t('Vì.', 'Because.') };
  const others: ItemProposalRequest[] = [
    { ...base, type: 'true_false', truth: false },
    { ...base, type: 'short_answer', accepted: ['mật khẩu', 'password'], numeric: false, ignoreToneMarks: true },
    { ...base, type: 'ordering', options: [t('Một', 'One'), t('Hai', 'Two'), t('Ba', 'Three')] },
    {
      ...base,
      type: 'matching',
      pairs: [
        { left: t('A', 'A'), right: t('1', '1') },
        { left: t('B', 'B'), right: t('2', '2') },
        { left: t('C', 'C'), right: t('3', '3') },
      ],
    },
    {
      ...base,
      type: 'hotspot',
      regions: [
        { x: 0, y: 0, width: 10, height: 10, label: t('Trên', 'Top') },
        { x: 0, y: 20, width: 10, height: 10, label: t('Dưới', 'Bottom') },
      ],
      correct: [1],
      picture: { src: 'data:image/png;base64,iVBORw0KGgo=', width: 10, height: 40, alt: t('Hình', 'Picture') },
    },
  ];

  it.each(others)('round-trips a $type proposal, sending only the fields of its type', (proposal) => {
    const form = createProposalForm({ ...item, type: proposal.type, proposal });
    expect(form.valid).toBe(true);
    expect(toProposalRequest(form)).toEqual(proposal);
  });

  it('asks a hotspot for a picture and an ordering for three steps', () => {
    const form = createProposalForm({ ...item, type: 'hotspot', proposal: { ...others[4], picture: undefined } });
    expect(form.hasError('pictureRequired')).toBe(true);
    form.controls.type.setValue('ordering');
    applyType(form);
    form.controls.options.removeAt(2);
    form.updateValueAndValidity();
    expect(form.hasError('fewSteps')).toBe(true);
    expect(form.controls.regions.disabled).toBe(true);
  });

  it('previews steps and the right-hand column shuffled, and never the key', () => {
    const ordering = proposalPreview(others[2]);
    expect(ordering.options.map((o) => o.text.vi)).toEqual(['Ba', 'Hai', 'Một']);
    const matching = proposalPreview(others[3]);
    expect(matching.matches!.map((o) => o.text.vi)).not.toEqual(['1', '2', '3']);
    const hotspot = proposalPreview(others[4]);
    expect(hotspot.options.map((o) => o.text.vi)).toEqual(['Trên', 'Dưới']);
    expect(JSON.stringify([ordering, matching, hotspot])).not.toMatch(/"(x|correct|truth|accepted)"/);
  });
});

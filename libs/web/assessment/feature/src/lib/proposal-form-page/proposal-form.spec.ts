import { ReviewedItem } from '@lc/shared-contracts';
import { createProposalForm, createProposalOption, setPicture, toProposalRequest } from './proposal-form';

const item: ReviewedItem = {
  id: 'b-1',
  lineageId: 'b-1',
  version: 1,
  status: 'returned',
  type: 'multiple_choice',
  competence: '4.1',
  level: 3,
  stem: { vi: 'Câu hỏi?', en: 'Question?' },
  options: [
    { id: 'a', text: { vi: 'Một', en: 'One' } },
    { id: 'b', text: { vi: 'Hai', en: 'Two' } },
    { id: 'c', text: { vi: 'Ba', en: 'Three' } },
  ],
  correctOptionIds: ['a', 'c'],
  otherKey: [],
  explanation: { vi: 'Vì vậy.', en: 'Because.' },
  authorName: 'A',
  reviewReasons: ['Sửa'],
  createdAt: '2026-01-01T00:00:00Z',
};

describe('proposal form', () => {
  it('round-trips an item into a request, keeping the right options', () => {
    const form = createProposalForm(item);
    expect(form.valid).toBe(true);
    expect(toProposalRequest(form, 'b-0')).toEqual({
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
      revises: 'b-0',
    });
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
});

import { isCorrect, responseProblem } from './grading';

const single = {
  type: 'single_choice' as const,
  answer: { optionId: 'b' },
  options: [{ id: 'a' }, { id: 'b' }].map((o) => ({ ...o, text: { vi: o.id } })),
};
const multi = {
  type: 'multiple_choice' as const,
  answer: { optionIds: ['a', 'c'] },
  options: ['a', 'b', 'c'].map((id) => ({ id, text: { vi: id } })),
};
const tf = { type: 'true_false' as const, answer: { value: false }, options: [] };

describe('isCorrect', () => {
  it('grades single choice', () => {
    expect(isCorrect(single, { optionIds: ['b'] })).toBe(true);
    expect(isCorrect(single, { optionIds: ['a'] })).toBe(false);
    expect(isCorrect(single, { optionIds: ['a', 'b'] })).toBe(false);
  });
  it('grades multiple choice as all-or-nothing, in any order', () => {
    expect(isCorrect(multi, { optionIds: ['c', 'a'] })).toBe(true);
    expect(isCorrect(multi, { optionIds: ['a'] })).toBe(false);
    expect(isCorrect(multi, { optionIds: ['a', 'b', 'c'] })).toBe(false);
  });
  it('grades true/false', () => {
    expect(isCorrect(tf, { optionIds: ['false'] })).toBe(true);
    expect(isCorrect(tf, { optionIds: ['true'] })).toBe(false);
  });
  it('counts an unanswered item as wrong', () => {
    expect(isCorrect(single, undefined)).toBe(false);
  });
  it('does not grade types the engine cannot grade yet', () => {
    expect(isCorrect({ type: 'ordering', answer: { order: ['a'] } }, { optionIds: ['a'] })).toBe(false);
  });
});

describe('responseProblem', () => {
  it('refuses options the item does not offer', () => {
    expect(responseProblem(single, { optionIds: ['z'] })).toMatch(/không có/);
    expect(responseProblem(tf, { optionIds: ['maybe'] })).toMatch(/không có/);
  });
  it('refuses several answers to a single-choice item', () => {
    expect(responseProblem(single, { optionIds: ['a', 'b'] })).toMatch(/một phương án/);
  });
  it('accepts a valid answer', () => {
    expect(responseProblem(multi, { optionIds: ['a', 'c'] })).toBeNull();
    expect(responseProblem(tf, { optionIds: ['true'] })).toBeNull();
  });
});

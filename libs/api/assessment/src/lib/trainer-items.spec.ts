import type { NewTestItem } from '@lc/shared-contracts';
import { difficultyForLevel, trainerItemKey, trainerItemProblem } from './trainer-items';

const codes = new Set(['1.1', '4.2']);
const ok: NewTestItem = {
  type: 'single_choice',
  competence: '1.1',
  level: 1,
  stem: 'Câu hỏi?',
  options: ['A', 'B', 'C'],
  correct: [1],
};

describe('trainerItemProblem', () => {
  it('accepts a well-formed item', () => {
    expect(trainerItemProblem(ok, 0, codes)).toBeNull();
  });
  it.each([
    [{ competence: '9.9' }, 'không có trong khung'],
    [{ options: ['A', 'a', 'C'] }, 'giống nhau'],
    [{ options: ['A', ' ', 'C'] }, 'để trống'],
    [{ correct: [5] }, 'không nằm trong'],
    [{ correct: [0, 1] }, 'đúng một đáp án'],
    [{ type: 'multiple_choice', correct: [0, 1, 2] }, 'mọi phương án'],
  ] as const)('names the problem in %o', (change, problem) => {
    expect(trainerItemProblem({ ...ok, ...change } as NewTestItem, 2, codes)).toMatch(
      new RegExp(`^Câu 3: .*${problem}`),
    );
  });
});

describe('trainerItemKey', () => {
  it('gives options letter ids and a key', () => {
    expect(trainerItemKey(ok)).toEqual({
      options: [
        { id: 'a', text: { vi: 'A' } },
        { id: 'b', text: { vi: 'B' } },
        { id: 'c', text: { vi: 'C' } },
      ],
      answer: { optionId: 'b' },
    });
    expect(trainerItemKey({ ...ok, type: 'multiple_choice', correct: [2, 0] }).answer).toEqual({
      optionIds: ['a', 'c'],
    });
  });
  it('derives difficulty from level', () => {
    expect(difficultyForLevel(1)).toBe(-1.5);
    expect(difficultyForLevel(4)).toBe(1.5);
  });
});

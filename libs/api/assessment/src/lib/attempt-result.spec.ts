import type { CourseSuggestion } from '@lc/shared-contracts';
import { gradeAttempt, GradableItem, suggestCourses } from './attempt-result';

const course = (id: string, competences: string[], level: number): CourseSuggestion => ({
  id,
  title: { vi: id },
  competences,
  level,
});

const item = (id: string, competence: string, level: number): GradableItem => ({
  id,
  type: 'single_choice',
  answer: { optionId: 'a' },
  competence,
  level,
  explanation: { vi: `Vì ${id}` },
});

describe(suggestCourses.name, () => {
  it('keeps the courses over weak competences, in the order given, at most five', () => {
    const courses = [1, 2, 3, 4, 5, 6].map((n) => course(`c${n}`, ['1.1'], n));
    courses.splice(1, 0, course('other', ['2.1'], 1));
    expect(suggestCourses(courses, ['1.1']).map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    expect(suggestCourses(courses, [])).toEqual([]);
  });
});

describe(gradeAttempt.name, () => {
  const items = [item('i1', '1.1', 2), item('i2', '1.1', 2), item('i3', '2.1', 1)];
  const context = {
    competenceNames: new Map([['1.1', { vi: 'Duyệt, tìm kiếm' }]]),
    courses: [course('for-2.1', ['2.1'], 1), course('for-1.1', ['1.1'], 2)],
  };

  it('scores, levels and suggests from the answers alone', () => {
    const result = gradeAttempt(
      ['i1', 'i2', 'i3'],
      { i1: { optionIds: ['a'] }, i2: { optionIds: ['a'] }, i3: { optionIds: ['b'] } },
      items,
      60,
      context,
    );
    expect(result).toMatchObject({ score: 2, maxScore: 3, passed: true });
    expect(result.competences.map((c) => [c.code, c.level, c.domainCode])).toEqual([
      ['1.1', 2, '1'],
      ['2.1', 0, '2'],
    ]);
    expect(result.competences[1].name).toEqual({ vi: '2.1' });
    expect(result.suggestedCourses.map((c) => c.id)).toEqual(['for-2.1']);
    expect(result.items.map((i) => i.correct)).toEqual([true, true, false]);
  });

  it('counts an unanswered item as wrong and fails below the pass mark', () => {
    const result = gradeAttempt(['i1', 'i2', 'i3'], { i1: { optionIds: ['a'] } }, items, 60, context);
    expect(result).toMatchObject({ score: 1, passed: false });
  });
});

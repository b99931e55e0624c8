import path from 'node:path';
import { loadCourses } from './validate-course';
import { loadItemBank, parseItems } from './validate-items';

const contentDir = path.resolve(__dirname, '../../../../../content');
// The types the test engine grades today (libs/api/assessment grading.ts); only these are drawn into tests.
const GRADED = ['single_choice', 'multiple_choice', 'true_false'];

describe('course tests against the item bank', () => {
  const items = parseItems(loadItemBank(path.join(contentDir, 'items'))).filter((i) => GRADED.includes(i.type));

  it.each(loadCourses(path.join(contentDir, 'courses')).map((c) => [c.course.slug, c.course] as const))(
    '%s: every blueprint row can be drawn from graded items',
    (_slug, course) => {
      const short = course.test.blueprint
        .map((row) => ({
          ...row,
          available: items.filter((i) => i.competence === row.competence && row.levels.includes(i.level)).length,
        }))
        .filter((row) => row.available < row.count);
      expect(short).toEqual([]);
    },
  );
});

import * as path from 'path';
import { PhoneTaskParams, QuizParams, ReadingParams } from './course.schema';
import { LoadedCourse, loadCourses, validateCourse } from './validate-course';

const COURSES = path.resolve(__dirname, '../../../../../content/courses');
// Circular 02/2025/TT-BGDĐT: 6 domains, 24 competences.
const CODES = [
  '1.1',
  '1.2',
  '1.3',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
  '2.5',
  '2.6',
  '3.1',
  '3.2',
  '3.3',
  '3.4',
  '4.1',
  '4.2',
  '4.3',
  '4.4',
  '5.1',
  '5.2',
  '5.3',
  '5.4',
  '6.1',
  '6.2',
  '6.3',
];

describe('courses (content/courses)', () => {
  const courses = loadCourses(COURSES);
  const byNumber = (nn: string) => courses.find((c) => path.basename(c.dir).startsWith(`${nn}-`)) as LoadedCourse;

  it('holds the seven basic courses and the criteria course, numbered 01 to 08', () => {
    expect(courses.map((c) => path.basename(c.dir).slice(0, 2))).toEqual([
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
    ]);
  });

  it.each(['01', '02', '03', '04', '05', '06', '07', '08'])('course %s has no problems', (nn) => {
    const c = byNumber(nn);
    expect(validateCourse(c.dir, c.course, c.params, CODES)).toEqual([]);
  });

  it('gives every course 3 to 6 materials, a reading page and a practice quiz', () => {
    for (const { course } of courses) {
      expect(course.materials.length).toBeGreaterThanOrEqual(3);
      expect(course.materials.length).toBeLessThanOrEqual(6);
      const types = course.materials.map((m) => m.contentType);
      expect(types).toEqual(expect.arrayContaining(['H5P.LcReadingPage', 'H5P.LcPracticeQuiz']));
    }
  });

  it('gives the phone, public-service, payment and scam courses a phone task', () => {
    for (const nn of ['01', '03', '04', '05']) {
      expect(byNumber(nn).course.materials.map((m) => m.contentType)).toContain('H5P.LcPhoneTask');
    }
  });

  it('tags each course with its competences at a basic level', () => {
    expect(courses.map((c) => c.course.competences)).toEqual([
      ['1.1', '4.1', '5.1'],
      ['1.1', '1.2', '1.3'],
      ['2.3', '2.6'],
      ['2.1', '4.2'],
      ['4.2', '2.5', '2.6'],
      ['6.1', '6.2', '6.3'],
      ['5.4'],
      ['5.4'],
    ]);
    for (const { course } of courses) {
      expect([1, 2]).toContain(course.level);
      for (const row of course.test.blueprint) expect(row.levels.every((l) => l === 1 || l === 2)).toBe(true);
    }
  });
});

describe('validateCourse', () => {
  const original = loadCourses(COURSES)[0];
  const fresh = () => structuredClone(original);
  const check = (c: LoadedCourse) => validateCourse(c.dir, c.course, c.params, CODES);
  const paramsOf = <T>(c: LoadedCourse, type: string) =>
    c.params[(c.course.materials.find((m) => m.contentType === type) as { slug: string }).slug] as T;

  it('reports a schema error in course.json', () => {
    const c = fresh();
    (c.course as unknown as { title: string }).title = 'no translations';
    expect(check(c)).toEqual([expect.stringMatching(/course\.json: schema: title/)]);
  });

  it('reports an unknown competence', () => {
    const c = fresh();
    c.course.competences.push('9.9');
    c.course.test.blueprint[0].competence = '9.9';
    expect(check(c)).toEqual(expect.arrayContaining([expect.stringMatching(/unknown competence 9\.9/)]));
  });

  it('reports a params file that is missing', () => {
    const c = fresh();
    delete c.params[c.course.materials[0].slug];
    expect(check(c)).toEqual([expect.stringMatching(/missing or not valid JSON/)]);
  });

  it('reports a single-choice question with two correct answers', () => {
    const c = fresh();
    const q = paramsOf<QuizParams>(c, 'H5P.LcPracticeQuiz').questions.find((x) => x.type === 'single');
    if (q?.type === 'single') for (const o of q.options) o.correct = true;
    expect(check(c)).toEqual([expect.stringMatching(/exactly one correct option/)]);
  });

  it('reports a reading page that is too short or lacks diacritics', () => {
    const c = fresh();
    const page = paramsOf<ReadingParams>(c, 'H5P.LcReadingPage');
    page.blocks = page.blocks.filter((b) => b.type === 'image');
    page.blocks.push({ type: 'paragraph', text: 'Mo Cai dat roi chon Man hinh' });
    expect(check(c)).toEqual([
      expect.stringMatching(/words, expected 300/),
      expect.stringMatching(/no Vietnamese diacritics/),
    ]);
  });

  it('reports a missing image', () => {
    const c = fresh();
    const page = paramsOf<ReadingParams>(c, 'H5P.LcReadingPage');
    const img = page.blocks.find((b) => b.type === 'image');
    if (img?.type === 'image') img.file = 'images/khong-co.svg';
    expect(check(c)).toEqual([expect.stringMatching(/images\/khong-co\.svg not found/)]);
  });

  it('reports a hotspot outside the picture or away from any button', () => {
    const c = fresh();
    const steps = paramsOf<PhoneTaskParams>(c, 'H5P.LcPhoneTask').steps;
    steps[0].hotspot = { x: 300, y: 600, width: 100, height: 100 };
    steps[1].hotspot = { x: 150, y: 560, width: 40, height: 30 };
    expect(check(c)).toEqual([expect.stringMatching(/steps\.0\.hotspot: hotspot must lie inside the image/)]);
    steps[0].hotspot = { x: 20, y: 20, width: 40, height: 40 };
    expect(check(c)).toEqual([
      expect.stringMatching(/steps\.0\.hotspot covers no drawn button/),
      expect.stringMatching(/steps\.1\.hotspot covers no drawn button/),
    ]);
  });
});

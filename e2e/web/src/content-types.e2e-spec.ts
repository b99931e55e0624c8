import { expect, Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expectNoCspViolations, navigate, openAs, startCourseTest } from './support';

// The player (h5p-standalone and our content types) runs under the app's Content-Security-Policy.
test.afterEach(expectNoCspViolations);

const DEMO_CITIZEN = '001185000001';
const course = resolve(__dirname, '../../../content/courses/01-dung-dien-thoai-an-toan');
const params = (slug: string) => JSON.parse(readFileSync(resolve(course, 'materials', `${slug}.json`), 'utf8'));
const SEEDED_COURSES = [
  'Dùng điện thoại thông minh an toàn',
  'Tìm kiếm, đánh giá thông tin và nhận biết tin giả',
  'Dịch vụ công trực tuyến và tài khoản định danh điện tử VNeID',
  'Thanh toán không dùng tiền mặt an toàn',
  'Nhận biết lừa đảo trực tuyến và bảo vệ dữ liệu cá nhân',
  'Sử dụng trí tuệ nhân tạo có trách nhiệm',
  'Học tập suốt đời: tự lập kế hoạch học tập',
];

/** Every xAPI statement the page posts to the API, with the API's answer. */
function captureXapi(page: Page): { verb: string; category: string; trust?: string }[] {
  const seen: { verb: string; category: string; trust?: string }[] = [];
  page.on('response', async (res) => {
    if (!res.url().includes('/xapi')) return;
    const { statement } = res.request().postDataJSON();
    const body = res.status() === 201 ? await res.json() : undefined;
    seen.push({
      verb: statement.verb.id.split('/').pop(),
      category: statement.context?.contextActivities?.category?.[0]?.id ?? '',
      trust: body?.trust,
    });
  });
  return seen;
}

/** Opens the lesson whose row shows `title`; the locator waits for the course page to render the list. */
async function openLesson(page: Page, title: string) {
  const lesson = page
    .getByRole('listitem')
    .filter({ hasText: title })
    .filter({ has: page.getByRole('button', { name: 'Mở bài học' }) })
    .first();
  await lesson.getByRole('button', { name: 'Mở bài học' }).click();
  return page.frameLocator('iframe.h5p-iframe');
}

test('the catalogue holds the seven open courses', async ({ browser }) => {
  const page = await openAs(browser);
  await page.goto('/');
  for (const title of SEEDED_COURSES) await expect(page.getByRole('link', { name: title })).toBeVisible();
});

test('a citizen plays each of our H5P content types in the page, and each reports xAPI', async ({ browser }) => {
  const page = await openAs(browser, DEMO_CITIZEN);
  const xapi = captureXapi(page);
  await navigate(page, 'Khoá học');
  await page.getByRole('link', { name: SEEDED_COURSES[0] }).click();

  await test.step('a reading page completes on "Tôi đã đọc xong"', async () => {
    const lesson = await openLesson(page, 'Làm quen với Cài đặt');
    await lesson.getByRole('button', { name: 'Tôi đã đọc xong' }).click();
    await expect
      .poll(() => xapi.filter((s) => s.category.includes('LcReadingPage') && s.verb === 'completed').length)
      .toBe(1);
    await page.getByRole('button', { name: 'Đóng bài học' }).click();
  });

  await test.step('a guided phone task: a wrong tap gives a hint, the right one moves on', async () => {
    const task = params('cap-nhat-phan-mem');
    const lesson = await openLesson(page, 'cập nhật');
    await lesson
      .getByRole('img')
      .first()
      .click({ position: { x: 5, y: 5 } });
    await expect(lesson.getByText(task.steps[0].hint)).toBeVisible();
    for (const step of task.steps) await lesson.getByRole('button', { name: step.instruction }).click();
    await expect(lesson.getByText('Hoàn thành!')).toBeVisible();
    await expect
      .poll(() => xapi.filter((s) => s.category.includes('LcPhoneTask') && s.verb === 'completed').length)
      .toBe(1);
    await page.getByRole('button', { name: 'Đóng bài học' }).click();
  });

  await test.step('a practice quiz: check, feedback, next, results', async () => {
    const quiz = params('on-tap-dien-thoai-an-toan');
    const lesson = await openLesson(page, 'Ôn tập');
    for (const [i, q] of quiz.questions.entries()) {
      if (q.type === 'truefalse') await lesson.getByLabel(q.correct ? 'Đúng' : 'Sai', { exact: true }).check();
      for (const o of q.type === 'truefalse' ? [] : q.options.filter((o: { correct: boolean }) => o.correct)) {
        await lesson.getByLabel(o.text, { exact: true }).check();
      }
      await lesson.getByRole('button', { name: 'Kiểm tra' }).click();
      await expect(lesson.getByText('Chính xác!')).toBeVisible();
      await lesson
        .getByRole('button', { name: i === quiz.questions.length - 1 ? 'Xem kết quả' : 'Câu tiếp theo' })
        .click();
    }
    await expect(lesson.getByText(/Bạn đã đạt yêu cầu/)).toBeVisible();
    await expect
      .poll(() => xapi.filter((s) => s.category.includes('LcPracticeQuiz') && s.verb === 'answered').length)
      .toBe(quiz.questions.length);
    await expect
      .poll(() => xapi.filter((s) => s.category.includes('LcPracticeQuiz') && s.verb === 'completed').length)
      .toBe(1);
  });

  expect(xapi.filter((s) => s.verb === 'completed').every((s) => s.trust === 'reported')).toBe(true);
  expect(new Set(xapi.map((s) => s.verb))).toEqual(new Set(['experienced', 'answered', 'completed']));
});

test('a citizen takes a test drawn from the item bank and sees a level per competence', async ({ browser }) => {
  const page = await openAs(browser, DEMO_CITIZEN);
  await page.goto('/');
  await page.getByRole('link', { name: SEEDED_COURSES[3] }).click();
  await startCourseTest(page);
  const groups = page.getByRole('group', { name: /^Câu \d+/ });
  await expect(groups.first()).toBeVisible();
  const count = await groups.count();
  expect(count).toBeGreaterThanOrEqual(5);
  for (let i = 0; i < count; i++) {
    const group = groups.nth(i);
    const choice = group.getByRole('radio').or(group.getByRole('checkbox')).first();
    const text = group.getByRole('textbox');
    // The draw may hold any of the seven types: choices are ticked, a short answer typed, the rest left as they come.
    if ((await choice.count()) > 0) await choice.check();
    else if ((await text.count()) > 0) await text.fill('không biết');
  }
  await page.getByRole('button', { name: 'Nộp bài' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Nộp bài' }).click();
  await expect(page.getByRole('heading', { name: 'Kết quả theo năng lực' })).toBeVisible();
  await expect(page.getByText(/\((2\.1|4\.2)\): (mức \d|chưa đạt mức 1)/).first()).toBeVisible();
});

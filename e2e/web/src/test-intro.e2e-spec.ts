import { expect, Response, test } from '@playwright/test';
import {
  accessibilityViolations,
  expectNoCspViolations,
  openAs,
  registerCitizen,
  startCourseTest,
  takenOver,
} from './support';

// A course's test starts from its intro (docs/adr/0038): anyone may read what it asks; only its link starts the
// attempt and its clock, once the citizen has signed in.
test.afterEach(expectNoCspViolations);

const citizen = {
  name: 'Đỗ Thị Giới Thiệu',
  id: `0011870${String(Date.now() % 100000).padStart(5, '0')}`,
  password: 'MatKhau-2026',
};

test("a visitor reads a test's intro in either language, signs in from its start, and gets the questions", async ({
  browser,
}) => {
  const registering = await openAs(browser);
  await registerCitizen(registering, citizen, '1987');
  await registering.context().close();

  // On another phone, not signed in: from the course list to the course's test.
  const page = await openAs(browser);
  const starts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && /\/api\/tests\/[^/]+\/attempts$/.test(r.url())) starts.push(r.url());
  });
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: 'Dùng điện thoại thông minh an toàn' }).click();
  await page.getByRole('link', { name: 'Làm bài kiểm tra' }).click();
  const facts = page.getByRole('main').getByRole('listitem');
  await expect(facts.filter({ hasText: /^Bài có \d+ câu hỏi\.$/ })).toBeVisible();
  await expect(facts.filter({ hasText: 'Đồng hồ chỉ bắt đầu khi bạn bấm “Bắt đầu làm bài”.' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Các mức kỹ năng số nghĩa là gì?' })).toBeVisible();

  await takenOver(page);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  await expect(facts.filter({ hasText: /^The test has \d+ questions\.$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click();
  expect(starts).toEqual([]);

  // The start, by keyboard: the visitor is asked to sign in, then comes back to the attempt.
  await page.getByRole('link', { name: 'Bắt đầu làm bài' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/login\?returnUrl=/);
  await page.getByLabel('Số định danh cá nhân hoặc tên đăng nhập').fill(citizen.id);
  await page.getByLabel('Mật khẩu').fill(citizen.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/tests\/[0-9a-f-]{36}\/attempt$/);
  await expect(page.getByRole('group', { name: /^Câu 1/ })).toBeVisible();
  await expect(page.getByRole('timer')).toBeVisible();
  expect(starts).toHaveLength(1);
  await page.context().close();
});

test('a citizen back at the intro continues the attempt under way, then finds its result and a retake', async ({
  browser,
}) => {
  const page = await openAs(browser);
  await registerCitizen(page, { ...citizen, name: 'Lê Văn Quay Lại', id: `0011790${citizen.id.slice(-5)}` }, '1979');
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: 'Dùng điện thoại thông minh an toàn' }).click();
  // The questions are drawn from the bank, so any type may come first: the attempt is followed by its id.
  const start = (r: Response) => r.request().method() === 'POST' && /\/api\/tests\/[^/]+\/attempts$/.test(r.url());
  const [first] = await Promise.all([page.waitForResponse(start), startCourseTest(page)]);
  const attemptId: string = (await first.json()).id;
  await expect(page.getByRole('timer')).toBeVisible();
  const intro = page.url().replace(/\/attempt$/, '');

  // Called away, the citizen opens the test again: the intro continues the same attempt.
  await page.goto(intro);
  const mine = page.getByRole('region', { name: 'Bài làm của bạn' });
  await expect(mine).toContainText('Bạn đang làm dở bài này. Thời gian làm bài còn đến');
  await expect(page.getByRole('link', { name: 'Bắt đầu làm bài' })).toHaveCount(0);
  expect(await accessibilityViolations(page)).toEqual([]);
  const [again] = await Promise.all([
    page.waitForResponse(start),
    page.getByRole('link', { name: 'Tiếp tục làm bài' }).click(),
  ]);
  expect((await again.json()).id).toBe(attemptId);
  await page.getByRole('button', { name: 'Nộp bài' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Nộp bài' }).click();
  await expect(page).toHaveURL(new RegExp(`/attempts/${attemptId}$`));

  // Later: the intro shows the latest score and links its result, and offers the test again.
  await page.goto(intro);
  await expect(mine).toContainText(/Lần làm gần nhất, lúc .+: đúng 0\/\d+ câu\. Bạn chưa đạt bài này\./);
  await expect(page.getByRole('link', { name: 'Tiếp tục làm bài' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Làm lại bài' })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
  await mine.getByRole('link', { name: 'Xem kết quả lần làm gần nhất' }).click();
  await expect(page).toHaveURL(new RegExp(`/attempts/${attemptId}$`));
  await page.context().close();
});

import { APIRequestContext, expect, test } from '@playwright/test';
import { DEMO_PASSWORD, expectNoCspViolations, navigate, openAs } from './support';

// The reading page plays in H5P's iframe, under the app's Content-Security-Policy.
test.afterEach(expectNoCspViolations);

const COURSE = 'Dùng điện thoại thông minh an toàn';
const LESSON = 'Làm quen với Cài đặt, ứng dụng và bộ nhớ';
const TEST = 'Bài kiểm tra: Dùng điện thoại an toàn';
const citizen = {
  // 001 Hà Nội · 1 a woman born in the 1900s · 90 born 1990 · a serial of our own.
  id: `0011905${String(Date.now() % 100000).padStart(5, '0')}`,
  password: 'MatKhau-2026',
};

const year = new Date().getFullYear();
const RETURN_REASON = 'Hãy bổ sung minh chứng cho mục 1.1.';

async function signedIn(api: APIRequestContext, login: string, password: string) {
  const res = await api.post('/api/auth/login', { data: { login, password } });
  return { Authorization: `Bearer ${(await res.json()).accessToken}` };
}

/** The citizen scores and submits this year's application (their own steps, seeded through the API). */
async function submitApplication(api: APIRequestContext): Promise<string> {
  const headers = await signedIn(api, citizen.id, citizen.password);
  const opened = await (await api.post('/api/my/applications', { headers, data: { year } })).json();
  const scores = Object.fromEntries(
    opened.criteriaSet.items.map((i: { code: string; maxScore: number }) => [i.code, i.maxScore]),
  );
  expect((await api.put(`/api/applications/${opened.id}/scores`, { headers, data: { scores } })).status()).toBe(200);
  expect((await api.post(`/api/applications/${opened.id}/submission`, { headers })).status()).toBe(200);
  return opened.id;
}

/** Registers the citizen and sits the course test once without answering: a past result to find again. */
async function seedCitizenWithResult(api: APIRequestContext): Promise<void> {
  const [group] = await (await api.get('/api/areas/00004/groups')).json();
  const registered = await api.post('/api/auth/register', {
    data: {
      fullName: 'Đỗ Thị Việc Học',
      citizenId: citizen.id,
      birthYear: 1990,
      gender: 'female',
      communeId: '00004',
      groupId: group.id,
      populationGroup: 'other',
      password: citizen.password,
    },
  });
  expect(registered.status()).toBe(201);
  const headers = await signedIn(api, citizen.id, citizen.password);
  const courses: { id: string; title: { vi: string } }[] = await (await api.get('/api/courses')).json();
  const course = await (await api.get(`/api/courses/${courses.find((c) => c.title.vi === COURSE)?.id}`)).json();
  const testId = course.modules
    .flatMap((m: { materials: { testId?: string }[] }) => m.materials)
    .find((m: { testId?: string }) => m.testId).testId;
  const attempt = await (await api.post(`/api/tests/${testId}/attempts`, { headers })).json();
  expect((await api.post(`/api/attempts/${attempt.id}/submission`, { headers })).status()).toBe(200);
}

test('a citizen finishes a reading lesson and finds it, a past result and their records in "Việc học của tôi"', async ({
  browser,
  request,
}) => {
  await seedCitizenWithResult(request);
  const page = await openAs(browser, citizen.id, citizen.password);

  await test.step('the reading lesson is ticked only once "Tôi đã đọc xong" is pressed', async () => {
    await navigate(page, 'Khoá học');
    await page.getByRole('link', { name: COURSE }).click();
    const row = page
      .getByRole('listitem')
      .filter({ hasText: LESSON })
      .filter({ has: page.getByRole('button') });
    await row.getByRole('button', { name: 'Mở bài học' }).click();
    const lesson = page.frameLocator('iframe.h5p-iframe');
    const finish = lesson.getByRole('button', { name: 'Tôi đã đọc xong' });
    await finish.scrollIntoViewIfNeeded();
    await expect(row.getByText('Đã xong')).toHaveCount(0);
    await finish.click();
    await expect(lesson.getByText('Bạn đã hoàn thành bài đọc này.')).toBeVisible();
    await expect(row.getByText('Đã xong')).toBeVisible();
  });

  await test.step('"Việc học của tôi" shows the course with its ticks', async () => {
    await navigate(page, 'Việc học của tôi');
    await expect(page.getByRole('heading', { name: 'Việc học của tôi', level: 1 })).toBeVisible();
    const courses = page.getByRole('region', { name: 'Khoá học đang học' });
    await expect(courses.getByRole('link', { name: COURSE })).toBeVisible();
    const lessons = courses.getByRole('list', { name: `Các bài của khoá ${COURSE}` }).getByRole('listitem');
    await expect(lessons).toHaveCount(6);
    await expect(lessons.filter({ hasText: LESSON })).toContainText('Đã xong');
    await expect(lessons.filter({ hasText: 'Bảo vệ điện thoại của bạn' })).toContainText('Chưa xong');
  });

  await test.step('records show their trust in words', async () => {
    const records = page.getByRole('region', { name: 'Minh chứng học tập' });
    await expect(records.getByRole('listitem').filter({ hasText: LESSON }).first()).toContainText(
      'Tự báo cáo qua bài học',
    );
    await expect(records.getByRole('listitem').filter({ hasText: TEST })).toContainText('Hệ thống chấm');
  });

  await test.step('a past test result is listed and opens again', async () => {
    const results = page.getByRole('region', { name: 'Kết quả đã làm' });
    await expect(results.getByRole('listitem').filter({ hasText: TEST })).toContainText('Chưa đạt');
    await results.getByRole('link', { name: new RegExp(`^Xem lại kết quả: ${TEST}`) }).click();
    await expect(page.getByRole('heading', { name: `Kết quả bài kiểm tra: ${TEST}`, level: 1 })).toBeVisible();
  });

  await test.step('a notice appears once the commune officer returns the application', async () => {
    const applicationId = await submitApplication(request);
    const officer = await signedIn(request, 'verifier', DEMO_PASSWORD);
    const returned = await request.post(`/api/applications/${applicationId}/return`, {
      headers: officer,
      data: { reason: RETURN_REASON },
    });
    expect(returned.status()).toBe(200);

    await navigate(page, 'Việc học của tôi');
    const bell = page.getByRole('link', { name: 'Thông báo, 2 chưa đọc' });
    await expect(bell).toBeVisible();
    const steps = page.getByRole('region', { name: `Hồ sơ danh hiệu năm ${year}` });
    await expect(steps).toContainText('Hồ sơ được trả lại để bạn bổ sung.');
    await expect(steps).toContainText(RETURN_REASON);

    await bell.click();
    await expect(page.getByRole('heading', { name: 'Thông báo', level: 1 })).toBeVisible();
    const notice = page.getByRole('listitem').filter({ hasText: `Hồ sơ danh hiệu năm ${year} được trả lại` });
    await expect(notice).toContainText('Mới');
    await notice.getByRole('button', { name: /^Đánh dấu đã đọc/ }).click();
    await expect(notice.getByText('Mới')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Thông báo, 1 chưa đọc' })).toBeVisible();
    await page.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click();
    await expect(page.getByText('0 thông báo chưa đọc.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Thông báo', exact: true })).toBeVisible();
  });
});

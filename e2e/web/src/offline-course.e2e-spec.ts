import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { expectNoCspViolations, navigate, openAs } from './support';

// The service worker and the web manifest run under the app's Content-Security-Policy too.
test.afterEach(expectNoCspViolations);

const COURSE = 'Dùng điện thoại thông minh an toàn';
const LESSON = 'Làm quen với Cài đặt';

async function registerCitizen(request: APIRequestContext) {
  const run = Date.now();
  const person = { id: `0011909${String(run % 100000).padStart(5, '0')}`, password: 'MatKhau-2026' };
  const groups = await (await request.get('/api/areas/00004/groups')).json();
  const registered = await request.post('/api/auth/register', {
    data: {
      fullName: `Phạm Thị Ngoại Tuyến ${run % 1000}`,
      citizenId: person.id,
      birthYear: 1990,
      gender: 'female',
      communeId: '00004',
      groupId: groups[0].id,
      populationGroup: 'other',
      password: person.password,
    },
  });
  expect(registered.status()).toBe(201);
  return person;
}

async function openLesson(page: Page) {
  await page.getByRole('listitem').filter({ hasText: LESSON }).getByRole('button', { name: 'Mở bài học' }).click();
  const lesson = page.frameLocator('iframe.h5p-iframe');
  await expect(lesson.getByRole('heading').first()).toBeVisible();
  return lesson;
}

/** The citizen's `completed` records of the lesson, as the API keeps them. */
async function completedRecords(request: APIRequestContext, person: { id: string; password: string }) {
  const login = await request.post('/api/auth/login', { data: { login: person.id, password: person.password } });
  const { accessToken } = await login.json();
  const res = await request.get('/api/my/records', { headers: { Authorization: `Bearer ${accessToken}` } });
  const records: { verb: string; trust: string; objectName: { vi: string } }[] = await res.json();
  return records.filter((r) => r.verb === 'completed' && r.objectName.vi.includes(LESSON));
}

/** The page's own connection, past the service worker (ngsw-bypass): proves the phone is really offline. */
const reachesServer = (page: Page) =>
  page.evaluate(() =>
    fetch('/api/health', { cache: 'no-store', headers: { 'ngsw-bypass': '1' } }).then(
      () => true,
      () => false,
    ),
  );

test('a course opened once is read offline, and its learning statements reach the API once back online', async ({
  browser,
  request,
}) => {
  const person = await registerCitizen(request);
  const page = await openAs(browser, person.id, person.password);

  await test.step('online: the app installs its service worker, and the citizen opens a course and a lesson', async () => {
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 60_000 });
    await navigate(page, 'Khoá học');
    await page.getByRole('link', { name: COURSE }).click();
    await openLesson(page);
    await page.getByRole('button', { name: 'Đóng bài học' }).click();
    expect(await completedRecords(request, person)).toEqual([]);
  });

  await test.step('offline: a reload shows the course, the lesson plays, and its result waits on the phone', async () => {
    await page.context().setOffline(true);
    expect(await reachesServer(page)).toBe(false);
    await page.reload();
    await expect(page.getByRole('heading', { name: COURSE, level: 1 })).toBeVisible();
    const lesson = await openLesson(page);
    // "Tôi đã đọc xong" completes the lesson (as in journey.e2e-spec.ts).
    await lesson.getByRole('button', { name: 'Tôi đã đọc xong' }).click();
    await expect(page.getByText('Đã lưu kết quả trên máy này; sẽ gửi đi khi có mạng.')).toBeVisible();
    const waiting = await page.evaluate(() => JSON.parse(localStorage.getItem('lc.xapiOutbox') ?? '{}').items.length);
    expect(waiting).toBeGreaterThan(0);
  });

  await test.step('back online: the statements are sent without the citizen doing anything', async () => {
    await page.context().setOffline(false);
    await expect
      .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('lc.xapiOutbox') ?? '{}').items.length), {
        timeout: 30_000,
      })
      .toBe(0);

    const completed = await completedRecords(request, person);
    expect(completed).toHaveLength(1);
    expect(completed[0].trust).toBe('reported');
  });
});

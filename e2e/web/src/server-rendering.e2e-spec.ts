import { ConsoleMessage, expect, Page, test } from '@playwright/test';
import { expectNoCspViolations, openAs, signIn } from './support';

// The landing pages come rendered from the server (docs/adr/0035): their content is in the first response, and the
// browser then takes the page over (hydration) without building it again or asking the API for the same data.
test.afterEach(expectNoCspViolations);

const COURSE = 'Dùng điện thoại thông minh an toàn';

/** Errors the page logs: hydration mismatches (NG05xx) and any other runtime error. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() === 'error' || /NG0\d{3}/.test(msg.text())) errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

test("without JavaScript the course list, a course with its lessons and a test's intro are readable in Vietnamese", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Khoá học');
  const course = main.getByRole('link', { name: COURSE });
  await expect(course).toBeVisible();

  await course.click();
  await expect(page).toHaveURL(/\/courses\/[0-9a-f-]{36}$/);
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(COURSE);
  await expect(main.getByRole('listitem').filter({ hasText: 'Làm quen với Cài đặt' })).toBeVisible();

  // A test's intro too (docs/adr/0038): what it asks, and the link that starts it.
  await main.getByRole('link', { name: 'Làm bài kiểm tra' }).click();
  await expect(page).toHaveURL(/\/tests\/[0-9a-f-]{36}$/);
  await expect(main.getByRole('heading', { name: 'Trước khi bắt đầu' })).toBeVisible();
  await expect(main.getByText(/^Bài có \d+ câu hỏi\.$/)).toBeVisible();
  await expect(main.getByRole('link', { name: 'Bắt đầu làm bài' })).toHaveAttribute('href', /\/attempt$/);
  await context.close();
});

test('a made-up course or test is sent as 404, with a page that says so, and the browser takes it over', async ({
  browser,
}) => {
  const page = await openAs(browser);
  const errors = watchErrors(page);
  const missing = '00000000-0000-4000-8000-000000000000';
  for (const [path, message] of [
    [`/courses/${missing}`, 'Không tìm thấy khoá học.'],
    [`/tests/${missing}`, 'Không tìm thấy bài kiểm tra.'],
  ]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    expect(await response?.text()).toContain(message);
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
  }
  expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  await page.context().close();
});

test('the browser takes the rendered page over without errors nor a second fetch, then navigates itself', async ({
  browser,
}) => {
  const page = await openAs(browser);
  const errors = watchErrors(page);
  const apiCalls: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/')) apiCalls.push(new URL(r.url()).pathname);
  });
  const response = await page.goto('/');
  expect(await response?.text()).toContain(COURSE);
  // No preloads: the data is in the page, and the first paint waits for nothing but the page (docs/adr/0037).
  expect((await response?.allHeaders())?.['link']).toBeUndefined();
  const html = (await response?.text()) ?? '';
  expect(html).not.toMatch(/<link rel="(stylesheet|modulepreload)"|<script src=/);

  // Hydration removes the `ngh` markers of the server's DOM as it claims each component.
  await expect(page.locator('lp-root')).toBeVisible();
  await expect(page.locator('[ngh]')).toHaveCount(0);
  expect(apiCalls.filter((path) => path === '/api/courses' || path === '/api/competences')).toEqual([]);
  // The scripts were asked for only once the page had been painted.
  const { paint, scripts } = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    scripts: performance
      .getEntriesByType('resource')
      .filter((entry) => /\/(main|chunk)-[A-Z0-9]+\.js$/.test(entry.name))
      .map((entry) => entry.startTime),
  }));
  expect(scripts.length).toBeGreaterThan(0);
  expect(Math.min(...scripts)).toBeGreaterThanOrEqual(paint);
  // The web manifest and the icon came with them: the app stays installable.
  await expect(page.locator('head link[rel="manifest"][href="manifest.webmanifest"]')).toHaveCount(1);
  await expect(page.locator('head link[rel="icon"]')).toHaveCount(1);

  // A navigation the app makes itself keeps this document: the marker set on it survives.
  await page.evaluate(() => ((window as unknown as { lcMarker: number }).lcMarker = 1));
  await page.getByRole('main').getByRole('link', { name: COURSE }).click();
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(COURSE);
  expect(await page.evaluate(() => (window as unknown as { lcMarker?: number }).lcMarker)).toBe(1);

  // The language switch still works on the hydrated page.
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(errors).toEqual([]);
});

test('a signed-in citizen gets the anonymous render, then their own header, and English if they chose it', async ({
  browser,
}) => {
  // Without the service worker, which would otherwise serve the next visit itself, client-rendered.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await signIn(page, '001185000001');
  const errors = watchErrors(page);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  const response = await page.goto('/');
  // The server never knows who asks: its page is the anonymous one, in Vietnamese.
  const rendered = (await response?.text()) ?? '';
  expect(rendered).toContain(COURSE);
  expect(rendered).not.toContain('Đăng xuất');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Courses');
  await expect(page.locator('[ngh]')).toHaveCount(0);
  expect(errors).toEqual([]);
  await context.close();
});

import { expect, Page, test } from '@playwright/test';
import { expectNoCspViolations, openAs } from './support';

// The landing pages come rendered from the server with the API answers they used (docs/adr/0035), so the preloads
// of docs/adr/0033 are left to the test page and to the client-rendered fallback: the app must take the answers
// from the page rather than ask again, and the policy must let the test page's preloads through.
test.afterEach(expectNoCspViolations);

function countRequests(page: Page, pathname: RegExp): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (pathname.test(new URL(r.url()).pathname)) seen.push(r.url());
  });
  return seen;
}

test('the home page and a course bring their data along, and the test page names its route code in advance', async ({
  browser,
}) => {
  const page = await openAs(browser);
  const courseList = countRequests(page, /^\/api\/courses$/);
  const framework = countRequests(page, /^\/api\/competences$/);

  const home = await page.goto('/');
  expect((await home?.allHeaders())?.['link']).toBeUndefined();
  const first = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link').first();
  await expect(first).toBeVisible();
  // Hydrated: the markers of the server's DOM are gone, and the answers came from the page's transfer state.
  await expect(page.locator('[ngh]')).toHaveCount(0);
  expect(courseList).toHaveLength(0);
  expect(framework).toHaveLength(0);

  // A course opened from a shared link on another phone (this one may have its service worker by now, which serves
  // the page itself, without the header).
  const href = (await first.getAttribute('href')) ?? '';
  const other = await openAs(browser);
  const course = countRequests(other, new RegExp(`^/api${href}$`));
  const opened = await other.goto(href);
  expect((await opened?.allHeaders())?.['link']).toBeUndefined();
  await expect(other.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
  await expect(other.locator('[ngh]')).toHaveCount(0);
  expect(course).toHaveLength(0);

  // The test page is rendered in the browser (it needs a signed-in citizen): its route code is named in advance.
  const testPage = await other.request.get('/tests/00000000-0000-4000-8000-000000000000/attempt');
  expect(testPage.headers()['link']).toMatch(/<\/chunk-[A-Z0-9]+\.js>; rel=modulepreload/);
});

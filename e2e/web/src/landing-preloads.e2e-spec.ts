import { expect, Page, test } from '@playwright/test';
import { expectNoCspViolations, openAs } from './support';

// The landing pages name their route chunks and public API answers in advance (docs/adr/0033); the app must then
// take the preloaded answers rather than ask again, and the policy must let the preloads through.
test.afterEach(expectNoCspViolations);

function countRequests(page: Page, pathname: RegExp): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (pathname.test(new URL(r.url()).pathname)) seen.push(r.url());
  });
  return seen;
}

test('the home page and a course fetch their route code and data beside the scripts, and each answer once', async ({
  browser,
}) => {
  const page = await openAs(browser);
  const courseList = countRequests(page, /^\/api\/courses$/);
  const framework = countRequests(page, /^\/api\/competences$/);

  const home = await page.goto('/');
  const link = (await home?.allHeaders())?.['link'] ?? '';
  expect(link).toMatch(/<\/chunk-[A-Z0-9]+\.js>; rel=modulepreload/);
  expect(link).toContain('</api/courses>; rel=preload; as=fetch; crossorigin');
  const first = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link').first();
  await expect(first).toBeVisible();
  expect(courseList).toHaveLength(1);
  expect(framework).toHaveLength(1);

  // A course opened from a shared link on another phone (this one may have its service worker by now, which serves
  // the page itself, without the header).
  const href = (await first.getAttribute('href')) ?? '';
  const other = await openAs(browser);
  const course = countRequests(other, new RegExp(`^/api${href}$`));
  const opened = await other.goto(href);
  expect((await opened?.allHeaders())?.['link']).toContain(`</api${href}>; rel=preload; as=fetch; crossorigin`);
  await expect(other.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
  expect(course).toHaveLength(1);
});

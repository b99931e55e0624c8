import { expect, Page, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { expectNoCspViolations, openAs, takeCspViolations } from './support';

test.afterEach(expectNoCspViolations);

/** A JWT, or anything as long as a refresh token (43 base64url characters). */
const TOKEN_LIKE = /eyJ[\w-]+\.|[\w-]{40,}/;

const storage = (page: Page) =>
  page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }));

const signedIn = (page: Page) => expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();

test('a reload keeps the person signed in, and no script can read a token from storage or cookies', async ({
  browser,
}) => {
  const page = await openAs(browser, 'trainer');
  expect(await storage(page)).not.toMatch(TOKEN_LIKE);
  const refresh = (await page.context().cookies()).find((c) => c.name === 'lc_refresh');
  // Chromium keeps a Secure cookie from http://localhost, where the browser tests run.
  expect(refresh).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/api/auth' });
  expect(await page.evaluate(() => document.cookie)).not.toContain('lc_refresh');

  await page.reload();
  await signedIn(page);
  await page.goto('/trainer');
  await expect(page.getByRole('heading', { name: 'Soạn khoá học', level: 1 })).toBeVisible();
  expect(await storage(page)).not.toMatch(TOKEN_LIKE);

  // Tabs share the cookie: a new one is signed in, and two reloading at once take turns to rotate it (else the
  // server would read the second use of one token as theft and end every session).
  const tab = await page.context().newPage();
  await tab.goto('/');
  await signedIn(tab);
  await Promise.all([page.reload(), tab.reload()]);
  await Promise.all([signedIn(page), signedIn(tab)]);
  await page.reload();
  await signedIn(page);

  // Signing out in one tab signs the browser out: the other finds itself signed out at its next load.
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toHaveCount(0);
  await expect.poll(async () => (await page.context().cookies()).some((c) => c.name === 'lc_refresh')).toBe(false);
  await tab.reload();
  await expect(tab.getByRole('button', { name: 'Đăng xuất' })).toHaveCount(0);
  await tab.goto('/trainer');
  await expect(tab).toHaveURL(/\/login\?returnUrl=%2Ftrainer/);
});

test('the web app is served with a Content-Security-Policy that the browser enforces', async ({ browser }) => {
  const page = await openAs(browser);
  const res = await page.goto('/');
  const csp = res?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self' 'sha256-");
  expect(csp).not.toMatch(/unsafe-eval/);

  // An inline script in the page, and one written into an about:blank iframe as h5p-standalone does: neither runs,
  // and the check that the browser tests make after each test hears of both (Chromium names each by its hash).
  const scripts = { page: 'window.injected = "page"', frame: 'window.parent.injected = "frame"' };
  const ran = await page.evaluate(async ({ page, frame }) => {
    const script = document.createElement('script');
    script.textContent = page;
    document.head.append(script);
    const iframe = document.createElement('iframe');
    document.body.append(iframe);
    iframe.contentDocument?.open();
    iframe.contentDocument?.write(`<script>${frame}</script>`);
    iframe.contentDocument?.close();
    await new Promise((r) => setTimeout(r, 100));
    return (window as unknown as { injected?: string }).injected ?? 'nothing';
  }, scripts);
  expect(ran).toBe('nothing');
  const seen: string[] = [];
  const reported = (script: string) => seen.join('\n').includes(createHash('sha256').update(script).digest('base64'));
  await expect
    .poll(() => {
      seen.push(...takeCspViolations());
      return reported(scripts.page) && reported(scripts.frame);
    })
    .toBe(true);
});

test("another site's form cannot sign the browser in to an account of the attacker's choosing", async ({
  browser,
  baseURL,
}) => {
  const page = await openAs(browser);
  // 127.0.0.1 and localhost are different sites to the browser; the API's own answers carry no page policy.
  const elsewhere = new URL('/api/health', baseURL).toString().replace('//localhost', '//127.0.0.1');
  await page.goto(elsewhere);
  const answer = page.waitForResponse((res) => res.url().endsWith('/api/auth/login'));
  await page.evaluate((action) => {
    const form = document.createElement('form');
    form.method = 'POST';
    form.action = action;
    for (const [name, value] of [
      ['login', 'trainer'],
      ['password', 'HocTap@2026'],
    ]) {
      const input = document.createElement('input');
      input.name = name;
      input.value = value;
      form.append(input);
    }
    document.body.append(form);
    form.submit();
  }, new URL('/api/auth/login', baseURL).toString());
  expect((await answer).status()).toBe(403);
  expect(await page.context().cookies()).toEqual([]);
});

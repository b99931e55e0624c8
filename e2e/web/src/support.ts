import { Browser, BrowserContext, expect, Page } from '@playwright/test';

export const DEMO_PASSWORD = 'HocTap@2026';

/** Content-Security-Policy violations in any page or frame opened through openAs since the last check. */
const cspViolations: string[] = [];

/**
 * Chromium reports a violation in the console of the frame where it happened (H5P's iframes included); the
 * `securitypolicyviolation` event is echoed there too, for what the console might word differently.
 */
async function watchCsp(context: BrowserContext): Promise<void> {
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Content Security Policy violation: ${e.effectiveDirective} blocked ${e.blockedURI}`),
    ),
  );
  context.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) cspViolations.push(`${msg.page()?.url()}: ${msg.text()}`);
  });
}

/** The violations seen since the last call, which then starts afresh; a test requires none. */
export function takeCspViolations(): string[] {
  return cspViolations.splice(0);
}

/** For test.afterEach: the app, H5P player included, ran without tripping its Content-Security-Policy. */
export function expectNoCspViolations(): void {
  expect(takeCspViolations()).toEqual([]);
}

/** A fresh browser context per actor, as each person uses their own phone. */
export async function openAs(browser: Browser, login?: string, password = DEMO_PASSWORD): Promise<Page> {
  const context = await browser.newContext();
  await watchCsp(context);
  const page = await context.newPage();
  if (login) await signIn(page, login, password);
  return page;
}

export async function signIn(page: Page, login: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Số định danh cá nhân hoặc tên đăng nhập').fill(login);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
}

/** Follows a link of the main navigation; on a phone it sits behind the menu button. */
export async function navigate(page: Page, name: string): Promise<void> {
  const link = page.getByRole('navigation').getByRole('link', { name, exact: true });
  const menu = page.getByRole('button', { name: 'Mở menu điều hướng' });
  // Wait for the shell to render one or the other before deciding, so a slow first paint is not read as "hidden".
  await expect(link.or(menu).first()).toBeVisible();
  if (!(await link.isVisible())) await menu.click();
  await link.click();
}

/**
 * Opens a Material select by its accessible name and picks an option. A select whose options are still loading
 * does not open (MatSelect needs at least one option), so it is opened again until the option shows, as a person
 * would tap it again.
 */
export async function choose(page: Page, select: string | RegExp, option: string | RegExp): Promise<void> {
  const box = page.getByRole('combobox', { name: select });
  const item = page.getByRole('option', { name: option, exact: typeof option === 'string' });
  await expect(async () => {
    if (!(await item.isVisible())) {
      // A panel left open with other options would cover the select.
      if (await page.getByRole('listbox').first().isVisible()) await page.keyboard.press('Escape');
      await box.click();
    }
    await expect(item).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await item.click();
}

/** Types into a Material autocomplete and picks the suggestion. */
export async function autocomplete(page: Page, label: string, text: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).fill(text);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The numerator and denominator shown on a KPI card, e.g. "7 / 17", once the report is no longer loading. */
export async function kpiRatio(page: Page, title: string): Promise<[number, number]> {
  await expect(page.locator('section.report[aria-busy="true"]')).toHaveCount(0);
  const card = page.getByRole('article', { name: new RegExp(title) });
  const text = await card.locator('.kpi__ratio').innerText();
  const [n, d] = text.split('/').map((s) => Number(s.replace(/\D/g, '')));
  return [n, d];
}

/** A trainer, already on "Soạn khoá học", creates a draft course for competence `competence` (e.g. /^1\.1 /). */
export async function createDraftCourse(
  page: Page,
  course: { title: string; summary: string; competence: RegExp; minutes: string; module: string },
): Promise<void> {
  await page.getByLabel('Tên khoá học').fill(course.title);
  await page.getByLabel('Tóm tắt').fill(course.summary);
  await choose(page, 'Năng lực số', course.competence);
  await page.keyboard.press('Escape');
  await choose(page, 'Nhóm đối tượng', /Người lớn khác/);
  await page.keyboard.press('Escape');
  await page.getByLabel('Thời lượng (phút)').fill(course.minutes);
  await page.getByLabel('Tên học phần đầu tiên').fill(course.module);
  await page.getByRole('button', { name: 'Tạo khoá học' }).click();
  await expect(page.getByText('Đã tạo khoá học.')).toBeVisible();
}

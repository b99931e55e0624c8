import AxeBuilder from '@axe-core/playwright';
import { APIRequestContext, Browser, BrowserContext, BrowserContextOptions, expect, Page } from '@playwright/test';

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

/** axe-core's WCAG 2.1 A/AA rules on each page as its user sees it; serious and critical findings fail. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('iframe.h5p-iframe')
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
}

/** A fresh browser context per actor, as each person uses their own phone. */
export async function openAs(
  browser: Browser,
  login?: string,
  password = DEMO_PASSWORD,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext(options);
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

/**
 * Waits until the browser has taken over a server-rendered page (docs/adr/0035, 0037): hydration removes the `ngh`
 * markers as it claims each component. Until then the page's links work but its buttons do not (taps made before
 * are not replayed), as a person on a slow phone finds. A client-rendered page has no markers.
 */
export async function takenOver(page: Page): Promise<void> {
  await expect(page.locator('[ngh]')).toHaveCount(0, { timeout: 30_000 });
}

/** Follows a link of the main navigation; on a phone it sits behind the menu button. */
export async function navigate(page: Page, name: string): Promise<void> {
  const link = page.getByRole('navigation').getByRole('link', { name, exact: true });
  const menu = page.getByRole('button', { name: 'Mở menu điều hướng' });
  // Wait for the shell to render one or the other before deciding, so a slow first paint is not read as "hidden",
  // and for the page to be taken over, so that the menu button works.
  await expect(link.or(menu).first()).toBeVisible();
  await takenOver(page);
  if (!(await link.isVisible())) await menu.click();
  await link.click();
}

/**
 * Opens a Material select by its accessible name and picks an option from its own panel. A select whose options are
 * still loading does not open (MatSelect needs at least one option), so it is tapped again until it opens, as a
 * person would; and the option is looked for in this select's panel, never in another one still closing.
 */
/**
 * From a course page, opens its test's intro (docs/adr/0038) and starts the attempt, the way a citizen does: the
 * intro says how many questions and how long, and only its link starts the clock.
 */
export async function startCourseTest(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Làm bài kiểm tra' }).click();
  await expect(page.getByRole('heading', { name: 'Trước khi bắt đầu' })).toBeVisible();
  await page.getByRole('link', { name: 'Bắt đầu làm bài' }).click();
}

export async function choose(page: Page, select: string | RegExp, option: string | RegExp): Promise<void> {
  const box = page.getByRole('combobox', { name: select });
  await expect(async () => {
    if ((await box.getAttribute('aria-expanded')) !== 'true') await box.click();
    await expect(box).toHaveAttribute('aria-expanded', 'true', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  const panelId = await box.getAttribute('aria-controls');
  const options = panelId ? page.locator(`[id="${panelId}"]`) : page;
  await options.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}

/**
 * Types into a Material autocomplete and picks the suggestion, until the field shows it. While the server's
 * suggestions for the new text are on their way, the panel still lists the earlier ones (or every commune), and a
 * tap as the list is redrawn can land on another suggestion; a person then sees the wrong name and picks again.
 */
export async function autocomplete(page: Page, label: string, text: string, option: string | RegExp): Promise<void> {
  const box = page.getByRole('combobox', { name: label });
  await expect(async () => {
    await box.fill(text);
    await page
      .getByRole('option', { name: option, exact: typeof option === 'string' })
      .first()
      .click({ timeout: 5_000 });
    await expect(box).toHaveValue(option, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
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

/** A citizen who registers during a test; the id must be unique per run. */
export interface NewCitizen {
  name: string;
  id: string;
  password: string;
}

/** Registers a woman born in `birthYear` in Phường Ba Đình, Tổ dân phố số 1, and waits until she is signed in. */
export async function registerCitizen(page: Page, citizen: NewCitizen, birthYear = '1985'): Promise<void> {
  await page.goto('/register');
  await page.getByLabel('Họ và tên').fill(citizen.name);
  await page.getByLabel('Số định danh cá nhân').fill(citizen.id);
  await page.getByLabel('Năm sinh').fill(birthYear);
  await choose(page, 'Giới tính', 'Nữ');
  await autocomplete(page, 'Xã/phường', 'ba dinh', 'Phường Ba Đình');
  await choose(page, 'Tổ dân phố/thôn', 'Tổ dân phố số 1');
  await choose(page, 'Nhóm đối tượng', /Người lớn khác/);
  await page.getByLabel('Mật khẩu').fill(citizen.password);
  await page.getByRole('button', { name: 'Đăng ký' }).click();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
}

/** The assessment's "Lưu và tiếp tục" button. */
export const skillsSaveButton = (page: Page) => page.getByRole('button', { name: 'Lưu và tiếp tục' });

/**
 * Answers the assessment question on screen: a single answer (or a hotspot's region) by keyboard (Space on the first
 * option, Tab to the button, Enter); a short answer typed, a matching list opened and chosen by keyboard, an ordering
 * as it comes; several by clicks. Waits until the server has saved it and the next question (or the result) shows.
 */
export async function answerSkillsQuestion(page: Page): Promise<void> {
  const n = Number((await page.locator('legend').getAttribute('id'))?.replace('skills-q-', ''));
  const radios = page.getByRole('radio');
  const text = page.getByRole('textbox', { name: 'Câu trả lời của bạn' });
  const selects = page.getByRole('combobox');
  const save = skillsSaveButton(page);
  if ((await radios.count()) > 0) {
    await radios.first().focus();
    await page.keyboard.press('Space');
    await expect(radios.first()).toBeChecked();
    // The button is enabled at the next render after the choice; a Tab pressed before it skips a disabled button.
    await expect(save).toBeEnabled();
    await page.keyboard.press('Tab');
    await expect(save).toBeFocused();
    await page.keyboard.press('Enter');
  } else {
    if ((await text.count()) > 0) {
      await text.focus();
      await page.keyboard.type('không biết');
    } else if ((await selects.count()) > 0) {
      await selects.first().focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('option').nth(1)).toBeVisible();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
    } else if ((await page.getByRole('checkbox').count()) > 0) {
      await page.getByRole('checkbox').first().click();
    }
    // An ordering question is answered as it comes unless the citizen moves a step.
    await expect(save).toBeEnabled();
    await save.click();
  }
  const result = page.getByRole('heading', { name: 'Kết quả đánh giá năng lực số', level: 1 });
  await expect(page.locator(`legend#skills-q-${n + 1}`).or(result)).toBeVisible();
}

/**
 * A citizen of Phường Ba Đình (the demo verifier's ward), born 1990, with this year's application scored 9 on every
 * item and submitted, all through the API. Returns the application's id.
 */
export async function submittedApplicant(
  request: APIRequestContext,
  fullName: string,
  citizenId: string,
  password: string,
): Promise<string> {
  const groups = await (await request.get('/api/areas/00004/groups')).json();
  const registered = await request.post('/api/auth/register', {
    data: {
      fullName,
      citizenId,
      birthYear: 1990,
      gender: 'female',
      communeId: '00004',
      groupId: groups[0].id,
      populationGroup: 'other',
      password,
    },
  });
  expect(registered.status()).toBe(201);
  const login = await request.post('/api/auth/login', { data: { login: citizenId, password } });
  const headers = { Authorization: `Bearer ${(await login.json()).accessToken}` };
  const year = new Date().getFullYear();
  const opened = await (await request.post('/api/my/applications', { headers, data: { year } })).json();
  const items = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2'];
  const scores = Object.fromEntries(items.map((code) => [code, 9]));
  expect((await request.put(`/api/applications/${opened.id}/scores`, { headers, data: { scores } })).status()).toBe(
    200,
  );
  expect((await request.post(`/api/applications/${opened.id}/submission`, { headers })).status()).toBe(200);
  return opened.id;
}

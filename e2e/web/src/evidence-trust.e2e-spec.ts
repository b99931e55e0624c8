import AxeBuilder from '@axe-core/playwright';
import { APIRequestContext, expect, Page, request, test } from '@playwright/test';
import { Client } from 'pg';
import { autocomplete, choose, expectNoCspViolations, navigate, openAs } from './support';

test.afterEach(expectNoCspViolations);
test.describe.configure({ mode: 'serial' });

const year = new Date().getFullYear();
const citizen = {
  name: 'Vũ Thị Minh Chứng',
  id: `0011880${String(Date.now() % 100000).padStart(5, '0')}`,
  password: 'MatKhau-2026',
};
const port = process.env['E2E_PORT'] ?? '3210';

/** The database's owner, as the e2e server started it: only it can change a record behind the trigger. */
async function asOwner(work: (db: Client) => Promise<void>): Promise<void> {
  const db = new Client({
    connectionString:
      process.env['DATABASE_URL'] ??
      `postgres://postgres:postgres@127.0.0.1:${process.env['PG_E2E_PORT'] ?? 54349}/lc_e2e`,
  });
  await db.connect();
  try {
    await work(db);
  } finally {
    await db.end();
  }
}

async function api(token?: string): Promise<APIRequestContext> {
  return request.newContext({
    baseURL: `http://localhost:${port}`,
    extraHTTPHeaders: token ? { Authorization: `Bearer ${token}` } : {},
  });
}

/** Forged browser reports ("completed, 100/100") on every published H5P lesson, then a scored, submitted application. */
async function forgeAndApply(): Promise<void> {
  const login = await (
    await api()
  ).post('/api/auth/login', { data: { login: citizen.id, password: citizen.password } });
  expect(login.status()).toBe(200);
  const as = await api((await login.json()).accessToken);
  const courses: { id: string }[] = await (await as.get('/api/courses')).json();
  let forged = 0;
  for (const c of courses) {
    const course = await (await as.get(`/api/courses/${c.id}`)).json();
    for (const m of course.modules.flatMap((mod: { materials: { id: string; kind: string }[] }) => mod.materials)) {
      if (m.kind !== 'h5p' || forged >= 4) continue;
      const statement = {
        verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
        result: { score: { raw: 100, max: 100 }, success: true, completion: true },
      };
      expect((await as.post(`/api/materials/${m.id}/xapi`, { data: { statement } })).status()).toBe(201);
      forged++;
    }
  }
  expect(forged).toBeGreaterThan(2);
  const opened = await (await as.post('/api/my/applications', { data: { year } })).json();
  const items = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2'];
  const scores = Object.fromEntries(items.map((code) => [code, 9]));
  expect((await as.put(`/api/applications/${opened.id}/scores`, { data: { scores } })).status()).toBe(200);
  expect((await as.post(`/api/applications/${opened.id}/submission`)).status()).toBe(200);
}

async function openApplication(page: Page): Promise<void> {
  await navigate(page, 'Hồ sơ cần xét');
  await page.getByRole('link', { name: citizen.name }).click();
  await expect(page.getByRole('heading', { name: `Hồ sơ của ${citizen.name}` })).toBeVisible();
}

test('officers see the trust behind each suggestion, and act on a broken chain only with a reason', async ({
  browser,
}) => {
  await test.step('a citizen registers, then forges browser reports and applies', async () => {
    const page = await openAs(browser);
    await page.goto('/register');
    await page.getByLabel('Họ và tên').fill(citizen.name);
    await page.getByLabel('Số định danh cá nhân').fill(citizen.id);
    await page.getByLabel('Năm sinh').fill('1988');
    await choose(page, 'Giới tính', 'Nữ');
    await autocomplete(page, 'Xã/phường', 'ba dinh', 'Phường Ba Đình');
    await choose(page, 'Tổ dân phố/thôn', 'Tổ dân phố số 1');
    await choose(page, 'Nhóm đối tượng', /Người lớn khác/);
    await page.getByLabel('Mật khẩu').fill(citizen.password);
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
    await page.context().close();
    await forgeAndApply();
  });

  await test.step('the verifier sees the reported records counted by trust, capped, on a phone', async () => {
    const page = await openAs(browser, 'verifier');
    await openApplication(page);
    const evidence = page.getByRole('group', { name: /Minh chứng học tập: .*kế hoạch học tập/ });
    await expect(evidence.getByRole('listitem').filter({ hasText: /Tự báo cáo: [3-9]/ })).toBeVisible();
    await expect(evidence.getByText(/Gợi ý: 6 điểm/)).toBeVisible();
    await expect(evidence.getByText(/không bao giờ đạt điểm tối đa/)).toBeVisible();
    // The records fold behind a summary that the keyboard opens.
    const summary = evidence.getByText(/^Xem \d+ minh chứng$/);
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(evidence.locator('details')).toHaveAttribute('open', '');
    await expect(
      evidence
        .getByRole('listitem')
        .filter({ hasText: /Ngày \d\d\/\d\d\/\d{4}/ })
        .first(),
    ).toBeVisible();
    const found = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(found.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
      [],
    );
    await page.context().close();
  });

  await test.step('someone changes a record behind the trigger; the verifier must say why to go on', async () => {
    await asOwner(async (db) => {
      await db.query('BEGIN');
      await db.query('SET LOCAL session_replication_role = replica');
      await db.query(
        `UPDATE learning_record SET score = 1
          WHERE person_id = (SELECT id FROM app_user WHERE citizen_id = $1) AND seq = 1`,
        [citizen.id],
      );
      await db.query('COMMIT');
    });
    const page = await openAs(browser, 'verifier');
    await openApplication(page);
    await expect(page.getByRole('alert').filter({ hasText: 'Có bản ghi minh chứng đã bị sửa.' })).toBeVisible();
    const scores = page.getByRole('combobox', { name: /Điểm xác minh mục/ });
    await expect(scores).toHaveCount(10);
    for (let i = 0; i < 10; i++) {
      await scores.nth(i).click();
      await page.getByRole('option', { name: '8', exact: true }).click();
    }
    await page.getByRole('button', { name: 'Xác nhận và chuyển' }).click();
    await expect(page.getByText(/Hãy ghi lý do \(ít nhất 10 ký tự\)/)).toBeVisible();
    await page.getByLabel(/Lý do vẫn xác minh dù minh chứng không còn nguyên vẹn/).fill('Đã đối chiếu bản giấy.');
    await page.getByRole('button', { name: 'Xác nhận và chuyển' }).click();
    const summary = page.getByRole('dialog');
    await expect(summary).toContainText('Không còn nguyên vẹn.');
    await summary.getByRole('button', { name: 'Xác nhận chuyển' }).click();
    await expect(page.getByText('Đã xác minh và chuyển hồ sơ cho người công nhận.')).toBeVisible();
    await page.context().close();
  });

  await test.step('the approver reads that reason, and gives one of their own to recognise', async () => {
    const page = await openAs(browser, 'approver');
    await openApplication(page);
    const overrides = page.getByRole('region', { name: /vẫn xử lý hồ sơ dù minh chứng không còn nguyên vẹn/ });
    await expect(overrides).toContainText('Đã đối chiếu bản giấy.');
    await page.getByRole('link', { name: /Quay lại danh sách/ }).click();
    await page.getByRole('checkbox', { name: `Chọn hồ sơ của ${citizen.name}` }).check();
    await page.getByLabel('Số quyết định').fill(`${Date.now() % 100000}/QĐ-MC`);
    await page.getByLabel('Người ký').fill('Nguyễn Văn Ký');
    const confirm = page.getByRole('dialog').getByRole('button', { name: 'Xác nhận công nhận' });
    await page.getByRole('button', { name: 'Lập quyết định' }).click();
    await confirm.click();
    await expect(page.getByRole('alert').filter({ hasText: citizen.name })).toBeVisible();
    await page.getByLabel(/Lý do vẫn công nhận/).fill('Hội đồng đã xem hồ sơ giấy.');
    await page.getByRole('button', { name: 'Lập quyết định' }).click();
    await confirm.click();
    await expect(page.getByText(/Đã lập Quyết định số .*: 1 hồ sơ được công nhận/)).toBeVisible();
    await page.context().close();
  });
});

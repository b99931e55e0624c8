import { expect, test } from '@playwright/test';
import { autocomplete, choose, navigate, openAs, signIn } from './support';

test('an admin grants a role in a commune and adds a residential group', async ({ browser }) => {
  const page = await openAs(browser, 'admin');
  await navigate(page, 'Quản trị');
  await page.getByLabel('Tìm người dùng (họ tên hoặc tên đăng nhập)').fill('Đỗ Mai Anh');
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  await page.getByRole('button', { name: 'Chọn Đỗ Mai Anh (phân tích số liệu) để cấp vai trò' }).click();
  await choose(page, 'Vai trò', /Người xét duyệt/);
  await autocomplete(page, 'Khu vực', 'ngoc ha', 'Phường Ngọc Hà');
  await page.getByRole('button', { name: 'Cấp vai trò', exact: true }).click();
  await expect(page.getByText('Đã cấp vai trò.')).toBeVisible();

  await page.getByRole('tab', { name: 'Tổ dân phố/thôn' }).click();
  await autocomplete(page, 'Xã/phường', 'ngoc ha', 'Phường Ngọc Hà');
  const name = `Tổ dân phố số ${(Date.now() % 1000) + 10}`;
  await page.getByLabel('Tên tổ dân phố/thôn').fill(name);
  await page.getByRole('button', { name: 'Thêm tổ dân phố/thôn' }).click();
  await expect(page.getByText(`Đã thêm "${name}".`)).toBeVisible();
});

test('a citizen is kept out of officer pages, and sign-out ends the session', async ({ browser }) => {
  const page = await openAs(browser, '001185000001');
  await page.goto('/officer');
  await expect(page).not.toHaveURL(/\/officer$/);
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.goto('/title');
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, 'analyst');
});

test('the interface switches to English and back, and works from the keyboard', async ({ browser }) => {
  const page = await openAs(browser);
  await page.goto('/login');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click();
  await expect(page.getByRole('heading', { name: 'Đăng nhập', level: 1 })).toBeVisible();

  // Tab from the top of a fresh page: the skip link comes first, then the form is reachable and submits with Enter.
  await page.reload();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' })).toBeFocused();
  await page.getByLabel('Số định danh cá nhân hoặc tên đăng nhập').focus();
  await page.keyboard.type('trainer');
  await page.keyboard.press('Tab');
  await page.keyboard.type('HocTap@2026');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
});

test('an approver revokes a recognised title with a reason, and the public page says so', async ({
  browser,
  request,
}) => {
  // Find a recognised application of the demo commune through the API, as the approver's own list shows it.
  const login = await request.post('/api/auth/login', { data: { login: 'approver', password: 'HocTap@2026' } });
  const headers = { Authorization: `Bearer ${(await login.json()).accessToken}` };
  const [first] = await (await request.get('/api/applications?status=recognised', { headers })).json();
  const { applicantName, certificateCode } = await (
    await request.get(`/api/applications/${first.id}`, { headers })
  ).json();

  const page = await openAs(browser, 'approver');
  await navigate(page, 'Hồ sơ cần xét');
  await page.getByRole('tab', { name: 'Đã công nhận' }).click();
  await page.getByRole('link', { name: applicantName }).first().click();
  await page.getByLabel('Lý do thu hồi').fill('Kê khai điểm không đúng với minh chứng.');
  await page.getByRole('button', { name: 'Thu hồi danh hiệu' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận thu hồi' }).click();
  await expect(page.getByText('Đã thu hồi danh hiệu.')).toBeVisible();

  const visitor = await openAs(browser);
  await visitor.goto(`/verify/${certificateCode}`);
  await expect(visitor.getByText('Đã bị thu hồi').first()).toBeVisible();
});

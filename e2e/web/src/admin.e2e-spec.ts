import { expect, test } from '@playwright/test';
import { autocomplete, choose, expectNoCspViolations, navigate, openAs, signIn } from './support';

test.afterEach(expectNoCspViolations);

test('an admin grants a role in a commune and adds a residential group', async ({ browser }) => {
  const page = await openAs(browser, 'admin');
  await navigate(page, 'Quản trị');
  await page.getByLabel('Tìm người dùng (họ tên, tên đăng nhập hoặc đủ 12 số định danh)').fill('Đỗ Mai Anh');
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
  // The app shell paints before the app: Tab only once the page a person would tab through is there.
  await expect(page.getByRole('heading', { name: 'Đăng nhập', level: 1 })).toBeVisible();
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

test("an admin ends a citizen's sessions, disables the account, and enables it again", async ({ browser, request }) => {
  const run = Date.now();
  const person = {
    name: `Trần Thị Khoá ${String(run % 100000)}`,
    id: `0011859${String(run % 100000).padStart(5, '0')}`,
    password: 'MatKhau-2026',
  };
  const groups = await (await request.get('/api/areas/00004/groups')).json();
  const registered = await request.post('/api/auth/register', {
    data: {
      fullName: person.name,
      citizenId: person.id,
      birthYear: 1985,
      gender: 'female',
      communeId: '00004',
      groupId: groups[0].id,
      populationGroup: 'other',
      password: person.password,
    },
  });
  expect(registered.status()).toBe(201);
  const citizen = await openAs(browser, person.id, person.password);

  const admin = await openAs(browser, 'admin');
  await navigate(admin, 'Quản trị');
  await admin.getByLabel('Tìm người dùng (họ tên, tên đăng nhập hoặc đủ 12 số định danh)').fill(person.name);
  await admin.getByRole('button', { name: 'Tìm', exact: true }).click();
  await admin.getByRole('button', { name: `Kết thúc mọi phiên đăng nhập của ${person.name}` }).click();
  await admin.getByRole('button', { name: 'Xác nhận kết thúc phiên' }).click();
  await expect(admin.getByText(`Đã kết thúc mọi phiên đăng nhập của ${person.name}.`)).toBeVisible();

  // The citizen's phone still holds its refresh cookie; the next page load finds it refused and asks to sign in.
  await citizen.goto('/title');
  await expect(citizen).toHaveURL(/\/login/);

  await admin.getByRole('button', { name: `Khoá tài khoản của ${person.name}` }).click();
  await admin.getByLabel('Lý do khoá (được lưu lại)').fill('Mất điện thoại, chờ xác minh tại xã.');
  await admin.getByRole('button', { name: 'Xác nhận khoá' }).click();
  await expect(admin.getByText(`Đã khoá tài khoản của ${person.name}.`)).toBeVisible();

  await citizen.getByLabel('Số định danh cá nhân hoặc tên đăng nhập').fill(person.id);
  await citizen.getByLabel('Mật khẩu').fill(person.password);
  await citizen.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(citizen.getByText(/Tài khoản của bạn đã bị khoá/)).toBeVisible();

  await admin.getByRole('button', { name: `Mở khoá tài khoản của ${person.name}` }).click();
  await expect(admin.getByText(`Đã mở khoá tài khoản của ${person.name}.`)).toBeVisible();
  await signIn(citizen, person.id, person.password);
});

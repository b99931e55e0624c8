import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { choose, DEMO_PASSWORD, expectNoCspViolations, navigate, openAs } from './support';

// Account recovery and registration for real people (docs/adr/0017), on a 360 × 780 phone.
test.afterEach(expectNoCspViolations);

const run = Date.now() % 100000;
/** Born 1990, female: century-and-sex digit 1, year 90. Province 002 keeps clear of the other specs' numbers. */
const idNumber = (serial: number) => `0021900${String((run + serial) % 100000).padStart(5, '0')}`;
const grouped = (id: string) => id.replace(/(\d{3})(?=\d)/g, '$1 ');

async function adminToken(request: APIRequestContext): Promise<string> {
  const res = await request.post('/api/auth/login', { data: { login: 'admin', password: DEMO_PASSWORD } });
  expect(res.status()).toBe(200);
  return (await res.json()).accessToken;
}

/** A citizen of Phường Ba Đình (the demo approver's ward), registered through the API. */
async function registerInBaDinh(request: APIRequestContext, citizenId: string, password: string): Promise<void> {
  const groups = await (await request.get('/api/areas/00004/groups')).json();
  const res = await request.post('/api/auth/register', {
    data: {
      fullName: 'Hoàng Văn Quên',
      citizenId,
      birthYear: 1990,
      gender: 'female',
      communeId: '00004',
      groupId: groups[0].id,
      populationGroup: 'other',
      password,
    },
  });
  expect(res.status()).toBe(201);
}

/** From the sign-in page, as a person who forgot their password would go. */
async function openRecovery(page: Page): Promise<void> {
  await page.goto('/login');
  await page.getByRole('link', { name: 'Quên mật khẩu?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quên mật khẩu' })).toBeVisible();
}

test('registration finds a ward by its old name, checks the ID as typed, and shows a recovery code and next steps', async ({
  browser,
  request,
}) => {
  // Phường Giảng Võ has no residential group in the demo data: an admin adds one, as they would in a new ward.
  const groupName = `Tổ dân phố Giảng Võ ${run}`;
  const group = await request.post('/api/areas/00025/groups', {
    headers: { Authorization: `Bearer ${await adminToken(request)}` },
    data: { name: groupName },
  });
  expect(group.status()).toBe(201);

  const id = idNumber(1);
  const page = await openAs(browser);
  await page.goto('/register');
  await page.getByLabel('Họ và tên').fill('Vũ Thị Kim Mã');
  const idField = page.getByLabel('Số định danh cá nhân');
  await idField.fill(id);
  // Grouped while typing, nothing cut.
  await expect(idField).toHaveValue(grouped(id));
  await page.getByLabel('Năm sinh').fill('1991');
  await choose(page, 'Giới tính', 'Nữ');
  // The browser applies the server's rule: the ID says 1990.
  await expect(page.getByText('Số định danh không khớp với năm sinh.')).toBeVisible();
  await page.getByLabel('Năm sinh').fill('1990');
  await expect(page.getByText('Số định danh không khớp với năm sinh.')).toHaveCount(0);

  await page.getByRole('combobox', { name: 'Xã/phường' }).fill('Kim Mã');
  const giangVo = page.getByRole('option', { name: /^Phường Giảng Võ/ });
  await expect(giangVo).toContainText('Phường Kim Mã');
  await giangVo.click();
  await choose(page, 'Tổ dân phố/thôn', groupName);
  await choose(page, 'Nhóm đối tượng', /Người lớn khác/);
  await page.getByLabel('Mật khẩu').fill('MatKhau-DangKy-1');
  await page.getByRole('button', { name: 'Đăng ký' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Chào mừng Vũ Thị Kim Mã!' })).toBeVisible();
  const code = page.locator('.lp-recovery-card__code');
  await expect(code).toBeInViewport();
  await expect(code).toHaveText(/^[2-9A-Z]{4}(-[2-9A-Z]{4}){3}$/);
  await expect(page.getByRole('button', { name: 'In mã' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Việc tiếp theo' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Xem các khoá học' })).toBeVisible();
  await page.context().close();
});

test('a citizen who forgot the password sets a new one with the recovery code from registration', async ({
  browser,
  request,
}) => {
  const id = idNumber(2);
  const res = await request.post('/api/auth/register', {
    data: {
      fullName: 'Đặng Thị Nhớ Mã',
      citizenId: id,
      birthYear: 1990,
      gender: 'female',
      communeId: '00004',
      groupId: (await (await request.get('/api/areas/00004/groups')).json())[0].id,
      populationGroup: 'other',
      password: 'MatKhau-Cu-1',
    },
  });
  expect(res.status()).toBe(201);
  const written = (await res.json()).recoveryCode as string;

  const page = await openAs(browser);
  await openRecovery(page);
  await page.getByRole('radio', { name: 'Mã khôi phục của tôi' }).check();
  await page.getByLabel('Số định danh cá nhân').fill(id);
  // As copied from paper: lower case, spaces for dashes.
  await page.getByRole('textbox', { name: 'Mã khôi phục' }).fill(written.toLowerCase().replace(/-/g, ' '));
  await page.getByLabel('Mật khẩu mới').fill('MatKhau-Moi-2');
  await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click();

  const done = page.getByRole('heading', { level: 1, name: 'Đã đặt mật khẩu mới' });
  await expect(done).toBeFocused();
  const fresh = page.locator('.lp-recovery-card__code');
  await expect(fresh).toHaveText(/^[2-9A-Z]{4}(-[2-9A-Z]{4}){3}$/);
  await expect(fresh).not.toHaveText(written);
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
  await page.context().close();

  // The new password works on another phone; the old code does not.
  await openAs(browser, id, 'MatKhau-Moi-2').then((p) => p.context().close());
  const again = await request.post('/api/auth/password-resets', {
    data: { method: 'recovery_code', login: id, code: written, newPassword: 'MatKhau-Thu-3' },
  });
  expect(again.status()).toBe(422);
});

test('a commune officer checks the ID card and issues a code; the citizen sets a new password with it', async ({
  browser,
  request,
}) => {
  const id = idNumber(3);
  await registerInBaDinh(request, id, 'MatKhau-Cu-1');

  const officer = await openAs(browser, 'approver');
  await navigate(officer, 'Cấp mã đặt lại mật khẩu');
  await officer.getByLabel('Số định danh cá nhân').fill(id);
  await officer.getByRole('button', { name: 'Cấp mã' }).click();
  await expect(officer.getByText('Hãy kiểm tra thẻ căn cước trước khi cấp mã.')).toBeVisible();
  await officer
    .getByRole('checkbox', { name: 'Tôi đã kiểm tra trực tiếp thẻ căn cước gắn chip của người này' })
    .check();
  await officer.getByRole('button', { name: 'Cấp mã' }).click();
  await expect(officer.getByRole('heading', { name: /^Mã cho Hoàng Văn Quên/ })).toBeVisible();
  const codeText = officer.locator('.reset-code-result__code');
  await expect(codeText).toBeInViewport();
  await expect(codeText).toHaveText(/^\d{4} \d{4}$/);
  const code = await codeText.innerText();
  await officer.context().close();

  const page = await openAs(browser);
  await openRecovery(page);
  await page.getByLabel('Số định danh cá nhân').fill(grouped(id));
  await page.getByLabel('Mã của cán bộ xã/phường').fill(code === '0000 0000' ? '1111 1111' : '0000 0000');
  await page.getByLabel('Mật khẩu mới').fill('MatKhau-Moi-3');
  await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click();
  // The one answer for every failure, beside the button where the eye is.
  await expect(page.getByRole('alert')).toContainText('Số định danh hoặc mã không đúng');
  await expect(page.getByRole('alert')).toBeInViewport();

  await page.getByLabel('Mã của cán bộ xã/phường').fill(code);
  await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đã đặt mật khẩu mới' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
  await page.context().close();
  await openAs(browser, id, 'MatKhau-Moi-3').then((p) => p.context().close());
});

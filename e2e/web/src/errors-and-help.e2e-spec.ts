import { expect, test } from '@playwright/test';
import { autocomplete, choose, DEMO_PASSWORD, expectNoCspViolations, navigate, openAs } from './support';

// Messages where the eye is, in the reader's language, and the help page (issue 11 §2, §8), on a 360 × 780 phone.
test.afterEach(expectNoCspViolations);

const run = Date.now() % 100000;
/** Born 1990, female; province 066 keeps clear of the other specs' numbers. */
const idNumber = (serial: number) => `0661900${String((run + serial) % 100000).padStart(5, '0')}`;

test('a refused registration is summarised in view, focused, and marked on the ID field', async ({
  browser,
  request,
}) => {
  const id = idNumber(1);
  const groups = await (await request.get('/api/areas/00004/groups')).json();
  const taken = await request.post('/api/auth/register', {
    data: {
      fullName: 'Người Đăng Ký Trước',
      citizenId: id,
      birthYear: 1990,
      gender: 'female',
      communeId: '00004',
      groupId: groups[0].id,
      populationGroup: 'other',
      password: 'MatKhau-Truoc-1',
    },
  });
  expect(taken.status()).toBe(201);

  const page = await openAs(browser);
  await page.goto('/register');
  await page.getByLabel('Họ và tên').fill('Người Đăng Ký Sau');
  await page.getByLabel('Số định danh cá nhân').fill(id);
  await page.getByLabel('Năm sinh').fill('1990');
  await choose(page, 'Giới tính', 'Nữ');
  await autocomplete(page, 'Xã/phường', 'Ba Đình', /^Phường Ba Đình/);
  await choose(page, 'Tổ dân phố/thôn', groups[0].name);
  await choose(page, 'Nhóm đối tượng', /Người lớn khác/);
  await page.getByLabel('Mật khẩu').fill('MatKhau-Sau-1');
  await page.getByRole('button', { name: 'Đăng ký' }).click();

  // The button sits at the end of a long form: the summary comes to the eye and to the screen reader.
  const summary = page.locator('.lp-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toBeInViewport();
  await expect(summary.getByRole('heading', { name: 'Có lỗi cần sửa' })).toBeVisible();
  const problem = summary.getByRole('link', { name: /Số định danh này đã được đăng ký/ });
  await expect(problem).toBeVisible();
  await problem.click();
  const idField = page.getByLabel('Số định danh cá nhân');
  await expect(idField).toBeFocused();
  await expect(idField).toBeInViewport();
  await expect(page.locator('mat-error').filter({ hasText: 'Số định danh này đã được đăng ký' })).toBeVisible();
  await page.context().close();
});

test('the English UI shows an English error, and a switch back re-words it', async ({ browser }) => {
  const page = await openAs(browser);
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByRole('textbox', { name: /username/i }).fill(`khong-co-ai-${run}`);
  await page.getByLabel('Password').fill('wrong-password-1');
  await page.getByRole('button', { name: 'Sign in' }).click();

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The citizen ID / username or the password is wrong.');
  await expect(page.locator('.lp-error-summary')).toBeFocused();
  await expect(alert).toBeInViewport();
  await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click();
  await expect(alert).toContainText('Số định danh/tên đăng nhập hoặc mật khẩu không đúng.');
  await page.context().close();
});

test('the help page shows the commune contact an admin set, and says when there is none', async ({ browser }) => {
  const contact = `Bộ phận Một cửa UBND phường Ba Đình, tầng 1, sáng thứ Hai đến thứ Sáu (${run})`;
  const admin = await openAs(browser, 'admin', DEMO_PASSWORD);
  await navigate(admin, 'Quản trị');
  await admin.getByRole('tab', { name: 'Liên hệ của xã/phường' }).click();
  await expect(admin.getByRole('combobox', { name: 'Xã/phường' })).toBeVisible();
  await autocomplete(admin, 'Xã/phường', 'Ba Đình', /^Phường Ba Đình/);
  await admin.getByLabel('Nơi liên hệ (một dòng, tối đa 500 ký tự)').fill(contact);
  await admin.getByRole('button', { name: 'Lưu liên hệ' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Đã lưu liên hệ của Phường Ba Đình.' })).toBeVisible();
  await admin.context().close();

  const page = await openAs(browser);
  await page.goto('/');
  await navigate(page, 'Giới thiệu & hỏi đáp');
  await expect(page.getByRole('heading', { level: 1, name: 'Giới thiệu & hỏi đáp' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Các mức kỹ năng số nghĩa là gì?' })).toBeVisible();
  await autocomplete(page, 'Xã/phường', 'Kim Mã', /^Phường Ba Đình/);
  await expect(page.locator('.help-contact')).toContainText(contact);

  await autocomplete(page, 'Xã/phường', 'Ngọc Hà', /^Phường Ngọc Hà/);
  await expect(page.locator('.help-contact')).toContainText('Chưa có thông tin liên hệ của Phường Ngọc Hà.');
  await page.context().close();
});

test('the self-assessment and the assessment intro link to their part of the help page', async ({ browser }) => {
  const page = await openAs(browser, '001185000001');
  await navigate(page, 'Hồ sơ danh hiệu');
  await page.getByRole('link', { name: 'Tiêu chí và cách chấm điểm' }).click();
  await expect(page.getByRole('heading', { name: 'Làm thế nào để đạt danh hiệu?' })).toBeFocused();
  await expect(page.getByText('Đạt khi tổng điểm từ 80/100 trở lên và không chỉ số nào dưới 5 điểm.')).toBeInViewport();

  await navigate(page, 'Đánh giá năng lực số');
  await page.getByRole('link', { name: 'Các mức kỹ năng số nghĩa là gì?' }).click();
  await expect(page.getByRole('heading', { name: 'Các mức kỹ năng số nghĩa là gì?' })).toBeFocused();
  await expect(page.getByText('Cơ bản: mức 1–2')).toBeInViewport();
  await page.context().close();
});

test("the English UI words a refused field's problem beside it, with the rule's limit", async ({ browser }) => {
  const page = await openAs(browser, 'trainer');
  await page.goto('/trainer');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('button', { name: 'Create course' })).toBeVisible();

  // A two-letter title passes the form's own checks (it is filled in) but not the API's minimum of 3.
  await page.getByLabel('Course title').fill('AB');
  await page.getByLabel('Summary').fill('A course whose title is too short for the server.');
  await choose(page, 'Digital competences', /^1\.1 /);
  await page.keyboard.press('Escape');
  await page.getByLabel('Title of the first module').fill('Introduction');
  await page.getByRole('button', { name: 'Create course' }).click();

  const summary = page.locator('.lp-error-summary');
  await expect(summary).toBeFocused();
  const limit = 'Enter at least 3 characters.';
  await expect(summary.getByRole('link', { name: limit })).toBeVisible();
  await expect(page.locator('mat-error').filter({ hasText: limit })).toBeVisible();
  await expect(page.getByLabel('Course title')).toHaveAttribute('aria-invalid', 'true');

  // Back in Vietnamese, the same refusal reads as the API wrote it for this field.
  await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click();
  await expect(page.locator('mat-error').filter({ hasText: 'Tên khoá học cần từ 3 đến 200 ký tự.' })).toBeVisible();
  await page.context().close();
});

test('the birth-year field refuses, before sending, a person under 15, as the API would', async ({ browser }) => {
  const page = await openAs(browser);
  await page.goto('/register');
  await page.getByLabel('Năm sinh').fill(String(new Date().getFullYear() - 10));
  await page.getByRole('button', { name: 'Đăng ký' }).click();

  const tooYoung = 'Người đăng ký phải từ 15 tuổi trở lên.';
  await expect(page.locator('.lp-error-summary')).toBeFocused();
  await expect(page.locator('.lp-error-summary').getByRole('link', { name: tooYoung })).toBeVisible();
  await expect(page.locator('mat-error').filter({ hasText: tooYoung })).toBeVisible();
  await expect(page.getByLabel('Năm sinh')).toHaveAttribute('aria-invalid', 'true');
  await page.context().close();
});

test("the name field counts toward the API's limit and refuses a longer name before sending", async ({ browser }) => {
  const page = await openAs(browser);
  await page.goto('/register');
  const name = page.getByLabel('Họ và tên');
  await name.fill('a'.repeat(100));
  await expect(page.getByText('100/100 ký tự')).toBeVisible();
  await name.fill('a'.repeat(101));
  await expect(page.getByText('101/100 ký tự')).toBeVisible();
  await page.getByRole('button', { name: 'Đăng ký' }).click();

  const summary = page.locator('.lp-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Họ và tên cần từ 2 đến 100 ký tự.' })).toBeVisible();
  await expect(page.locator('mat-error').filter({ hasText: 'Họ và tên cần từ 2 đến 100 ký tự.' })).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await page.context().close();
});

import { expect, Page, test } from '@playwright/test';
import { choose, expectNoCspViolations, navigate, openAs, submittedApplicant } from './support';

// Officer tools that match a commune's workload (issue 11 §6), on a 360 × 780 phone.
test.afterEach(expectNoCspViolations);

const run = Date.now() % 100000;
/** Born 1990, female; province 048 keeps clear of the other specs' numbers. */
const idNumber = (serial: number) => `0481900${String((run + serial) % 100000).padStart(5, '0')}`;
const PASSWORD = 'MatKhau-CanBo-2026';
const ITEMS = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2'];

/** Nothing on the page is wider than the phone: no sideways scrolling. */
async function expectNoOverflow(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
    .toBeLessThanOrEqual(0);
}

test('a verifier finds an application by an unaccented name on a phone, and forwards it only after a summary', async ({
  browser,
  request,
}) => {
  const fullName = `Vũ Thị Chuyển ${run}`;
  await submittedApplicant(request, fullName, idNumber(1), PASSWORD);
  const page = await openAs(browser, 'verifier');
  await navigate(page, 'Hồ sơ cần xét');
  await page.getByLabel('Tìm theo họ tên').fill(`vu thi chuyen ${run}`);
  await expect(page.getByText('Đang hiển thị 1/')).toBeVisible();
  const link = page.getByRole('link', { name: fullName });
  await expect(link).toBeVisible();
  await expectNoOverflow(page);
  await link.click();

  // The verifier's scores start empty: forwarding at once is refused, nothing is sent.
  const forward = page.getByRole('button', { name: 'Xác nhận và chuyển' });
  await forward.click();
  await expect(page.getByText('Hãy chấm điểm tất cả các mục trước khi xác nhận.')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  for (const code of ITEMS)
    await choose(page, new RegExp(`Điểm xác minh mục ${code.replace('.', '\\.')} `), code === '2.1' ? '7' : '9');
  await expectNoOverflow(page);

  await forward.click();
  const dialog = page.getByRole('dialog', { name: `Kiểm tra trước khi chuyển hồ sơ của ${fullName}` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('table', { name: 'Điểm theo tiêu chí' })).toBeVisible();
  await expect(dialog.getByRole('row', { name: /^Tổng/ })).toContainText('90');
  await expect(dialog.getByRole('row', { name: /^Tổng/ })).toContainText('88');
  await expect(dialog).toContainText('Nguyên vẹn');
  // The careful answer is the easy one: the focus starts on going back.
  await expect(dialog.getByRole('button', { name: 'Quay lại kiểm tra' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Quay lại kiểm tra' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Đã xác minh và chuyển hồ sơ')).toHaveCount(0);

  await forward.click();
  await dialog.getByRole('button', { name: 'Xác nhận chuyển' }).click();
  await expect(page.getByText('Đã xác minh và chuyển hồ sơ cho người công nhận.')).toBeVisible();
  await page.context().close();
});

test('an admin finds a person by their full citizen ID, never by a part of it', async ({ browser, request }) => {
  const fullName = `Lý Thị Định Danh ${run}`;
  const citizenId = idNumber(2);
  await submittedApplicant(request, fullName, citizenId, PASSWORD);
  const page = await openAs(browser, 'admin');
  await navigate(page, 'Quản trị');
  const search = page.getByLabel('Tìm người dùng (họ tên, tên đăng nhập hoặc đủ 12 số định danh)');
  const searchButton = page.getByRole('button', { name: 'Tìm', exact: true });
  const person = page.getByRole('heading', { name: fullName });

  await search.fill(citizenId.replace(/(\d{3})(?=\d)/g, '$1 '));
  await searchButton.click();
  await expect(person).toBeVisible();

  await search.fill(citizenId.slice(0, 11));
  await searchButton.click();
  await expect(page.getByText('Không tìm thấy người dùng nào.')).toBeVisible();
  await expect(person).toHaveCount(0);

  await search.fill(`ly thi dinh danh ${run}`);
  await searchButton.click();
  await expect(person).toBeVisible();
  await page.context().close();
});

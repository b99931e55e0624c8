import { APIRequestContext, expect, test } from '@playwright/test';
import { choose, expectNoCspViolations, navigate, openAs } from './support';

// No silent loss (issue 11 §3, docs/adr/0024), on a 360 × 780 phone.
test.afterEach(expectNoCspViolations);

const run = Date.now() % 100000;
/** Born 1990, female; province 047 keeps clear of the other specs' numbers. */
const idNumber = (serial: number) => `0471900${String((run + serial) % 100000).padStart(5, '0')}`;
const PASSWORD = 'MatKhau-Luu-2026';

async function registerInBaDinh(request: APIRequestContext, citizenId: string): Promise<void> {
  const groups = await (await request.get('/api/areas/00004/groups')).json();
  const res = await request.post('/api/auth/register', {
    data: {
      fullName: 'Trần Thị Tự Lưu',
      citizenId,
      birthYear: 1990,
      gender: 'female',
      communeId: '00004',
      groupId: groups[0].id,
      populationGroup: 'other',
      password: PASSWORD,
    },
  });
  expect(res.status()).toBe(201);
}

test('self-assessment scores save themselves, survive a reload, and leaving with unsaved ones asks first', async ({
  browser,
  request,
}) => {
  const citizenId = idNumber(1);
  await registerInBaDinh(request, citizenId);
  const page = await openAs(browser, citizenId, PASSWORD);
  await page.goto('/title');
  await page.getByRole('button', { name: 'Bắt đầu tự đánh giá' }).click();

  const first = page.getByRole('combobox', { name: / 1\.1 / });
  const second = page.getByRole('combobox', { name: / 1\.2 / });
  await choose(page, / 1\.1 /, '7');
  await choose(page, / 1\.2 /, '6');
  // Nothing pressed: the scores go to the server on their own.
  await expect(page.getByText('Đã tự động lưu điểm của bạn.')).toBeVisible();

  await page.reload();
  await expect(first).toContainText('7');
  await expect(second).toContainText('6');

  // Offline (the app's service worker would hide a page.route): the next choice cannot be saved, and the page
  // says so instead of pretending. The connection comes back, but the score is still only on screen.
  await page.context().setOffline(true);
  await choose(page, / 1\.1 /, '9');
  await expect(page.getByText('Chưa lưu được điểm vừa chọn')).toBeVisible();
  await page.context().setOffline(false);

  await navigate(page, 'Khoá học');
  const dialog = page.getByRole('dialog', { name: 'Thay đổi chưa được lưu' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Ở lại trang' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(first).toContainText('9');

  // The retry saves it, and then leaving asks nothing.
  await page.getByRole('button', { name: 'Thử lại' }).click();
  await expect(page.getByText('Đã tự động lưu điểm của bạn.')).toBeVisible();
  await navigate(page, 'Khoá học');
  await expect(page).toHaveURL(/\/courses/);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.goto('/title');
  await expect(first).toContainText('9');
  await page.context().close();
});

test('a double-clicked "Tạo khoá học" makes one course, which its author can rename and delete', async ({
  browser,
}) => {
  const title = `Một lần thôi ${run}`;
  const page = await openAs(browser, 'trainer');
  await navigate(page, 'Soạn khoá học');
  await page.getByLabel('Tên khoá học').fill(title);
  await page.getByLabel('Tóm tắt').fill('Khoá học để kiểm tra rằng bấm hai lần chỉ tạo một khoá học.');
  await choose(page, 'Năng lực số', /^1\.1 /);
  await page.keyboard.press('Escape');
  await page.getByLabel('Tên học phần đầu tiên').fill('Bài mở đầu');
  await page.getByRole('button', { name: 'Tạo khoá học' }).dblclick();
  await expect(page.getByText('Đã tạo khoá học.')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Khoá học của tôi' })).toBeVisible();
  await expect(page.getByRole('button', { name: `Mở khoá học ${title}` })).toHaveCount(1);

  // The author corrects the draft's title, then deletes it after a confirmation that names it.
  await page.getByRole('button', { name: `Mở khoá học ${title}` }).click();
  await page.getByRole('button', { name: 'Sửa tên và tóm tắt' }).click();
  const renamed = `${title} (sửa)`;
  await page.getByLabel('Tên khoá học').first().fill(renamed);
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByText('Đã lưu thay đổi của khoá học.')).toBeVisible();
  await expect(page.getByRole('button', { name: `Mở khoá học ${renamed}` })).toHaveCount(1);

  await page.getByRole('button', { name: 'Xoá khoá học nháp' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xoá khoá học nháp này?' });
  await expect(dialog).toContainText(renamed);
  await dialog.getByRole('button', { name: 'Xoá khoá học' }).click();
  await expect(page.getByText(`Đã xoá khoá học “${renamed}”.`)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Khoá học của tôi' })).toBeVisible();
  await expect(page.getByRole('button', { name: `Mở khoá học ${renamed}` })).toHaveCount(0);
  await page.context().close();
});

import { expect, test } from '@playwright/test';
// The browser test builds its third-party fixtures with the helper the integration tests use; only test code.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { packTestPackage, testLibraries } from '@lc/api-h5p-package/testing';
import { choose, expectNoCspViolations, navigate, openAs, takenOver } from './support';

// The player, with third-party libraries and saved state, runs under the app's Content-Security-Policy.
test.afterEach(expectNoCspViolations);

const DEMO_CITIZEN = '001185000001';
const suffix = Date.now().toString(36).toUpperCase();
const { counter } = testLibraries({ suffix });
const other = testLibraries({ suffix: `${suffix}X` }).counter;
const courseTitle = `Khoá đếm ${suffix}`;
const h5pFile = (name: string, bytes: Uint8Array) => ({
  name,
  mimeType: 'application/zip',
  buffer: Buffer.from(bytes),
});

test('an admin installs a content type; a trainer’s export of it is published and resumes for a citizen', async ({
  browser,
}) => {
  await test.step('the city admin sees what the export would install, then installs it', async () => {
    const page = await openAs(browser, 'admin');
    await page.goto('/admin/h5p-libraries');
    await page.getByLabel(/Tệp \.h5p/).setInputFiles(h5pFile('counter.h5p', packTestPackage({ main: counter })));
    await page.getByRole('button', { name: 'Xem trước' }).click();
    const preview = page.getByRole('region', { name: 'Những gì sẽ được cài' });
    await expect(preview.getByRole('heading', { name: 'Những gì sẽ được cài' })).toBeFocused();
    await expect(preview.getByText('Cài mới')).toHaveCount(4);
    await preview.getByText(`Xem các tệp của Test Icons`).click();
    await expect(preview.getByRole('cell', { name: 'fonts/icons.woff2' })).toBeVisible();
    await expect(preview.getByRole('cell', { name: 'Phông chữ' }).first()).toBeVisible();
    await preview.getByRole('button', { name: 'Cài đặt' }).click();
    await expect(page.getByRole('main').getByRole('status')).toContainText('Đã cài đặt');
    await expect(page.getByText(`Counter${suffix} 1.2.3`)).toBeVisible();
    await page.context().close();
  });

  await test.step('a trainer sees it accepted, is told beside the field why another is not, and submits', async () => {
    const page = await openAs(browser, 'trainer');
    await navigate(page, 'Soạn khoá học');
    await page.getByLabel('Tên khoá học').fill(courseTitle);
    await page.getByLabel('Tóm tắt').fill('Một bài tương tác làm bằng công cụ khác.');
    await choose(page, 'Năng lực số', /^1\.1 /);
    await page.keyboard.press('Escape');
    await choose(page, 'Nhóm đối tượng', /Người lớn khác/);
    await page.keyboard.press('Escape');
    await page.getByLabel('Thời lượng (phút)').fill('10');
    await page.getByLabel('Tên học phần đầu tiên').fill('Học phần 1');
    await page.getByRole('button', { name: 'Tạo khoá học' }).click();
    await expect(page.getByText('Đã tạo khoá học.')).toBeVisible();

    await page.getByText('Các dạng nội dung được chấp nhận').click();
    await expect(page.getByRole('listitem').filter({ hasText: `Counter${suffix} 1.2` })).toBeVisible();

    const file = page.getByLabel('Tệp bài học (.h5p)');
    await file.setInputFiles(h5pFile('other.h5p', packTestPackage({ main: other })));
    await page.getByLabel('Tên bài học').fill('Bài chưa có dạng nội dung');
    await page.getByRole('button', { name: 'Tải lên' }).click();
    const refusal = `Dạng nội dung 'Counter${suffix}X 1.2' chưa được cài trên hệ thống — hãy nhờ quản trị viên cài đặt.`;
    await expect(page.getByRole('alert').filter({ hasText: refusal })).toBeVisible();
    await expect(file).toHaveAccessibleDescription(refusal);

    await file.setInputFiles(h5pFile('counter.h5p', packTestPackage({ main: counter })));
    await page.getByLabel('Tên bài học').fill('Bài đếm');
    await page.getByRole('button', { name: 'Tải lên' }).click();
    await expect(page.getByText('Đã tải lên bài học.')).toBeVisible();
    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await expect(page.getByText('Đã gửi khoá học đi duyệt.')).toBeVisible();
    await page.context().close();
  });

  await test.step('a content reviewer publishes it', async () => {
    const page = await openAs(browser, 'reviewer');
    await navigate(page, 'Duyệt khoá học');
    await page.getByRole('button', { name: `Xem chi tiết khoá học ${courseTitle}` }).click();
    await page.getByRole('button', { name: 'Xuất bản' }).click();
    await expect(page.getByText(`Đã xuất bản khoá học "${courseTitle}"`)).toBeVisible();
    await page.context().close();
  });

  await test.step('a citizen plays it, it reports to the record, and resumes after a reload', async () => {
    const page = await openAs(browser, DEMO_CITIZEN);
    await navigate(page, 'Khoá học');
    await page.getByRole('link', { name: courseTitle }).click();
    const completed = page.waitForResponse(
      (r) => r.url().includes('/xapi') && r.status() === 201 && /verbs\/completed/.test(r.request().postData() ?? ''),
    );
    const saved = page.waitForResponse(
      (r) => r.url().includes('/api/h5p/user-data/') && r.request().method() === 'POST' && r.status() === 200,
    );
    await page.getByRole('button', { name: 'Mở bài học' }).click();
    const lesson = page.frameLocator('iframe.h5p-iframe');
    await expect(lesson.getByText('Count: 0 (1.2.3)')).toBeVisible();
    await lesson.getByRole('button', { name: 'Add one' }).click();
    await lesson.getByRole('button', { name: 'Add one' }).click();
    await expect(lesson.getByText('Count: 2 (1.2.3)')).toBeVisible();
    expect((await (await completed).json()).trust).toBe('reported');
    await saved;

    await page.reload();
    await takenOver(page);
    await page.getByRole('button', { name: 'Mở bài học' }).click();
    await expect(page.frameLocator('iframe.h5p-iframe').getByText('Count: 2 (1.2.3)')).toBeVisible();
    await page.context().close();
  });
});

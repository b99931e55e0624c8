import { expect, test } from '@playwright/test';
import { packLesson } from './lessons';
import { createDraftCourse, navigate, openAs } from './support';

const courseTitle = `Khoá nháp ${Date.now().toString(36)}`;

test('a trainer previews a lesson of a draft, then deletes it after confirming, by keyboard', async ({ browser }) => {
  const page = await openAs(browser, 'trainer');
  await navigate(page, 'Soạn khoá học');
  await createDraftCourse(page, {
    title: courseTitle,
    summary: 'Một khoá học nháp để thử xoá học liệu.',
    competence: /^1\.1 /,
    minutes: '15',
    module: 'Học phần thử',
  });

  await page.getByLabel('Tệp bài học (.h5p)').setInputFiles(packLesson());
  await page.getByLabel('Tên bài học').fill('Bài đọc sẽ xoá');
  await page.getByRole('button', { name: 'Tải lên' }).click();
  await expect(page.getByText('Đã tải lên bài học.')).toBeVisible();

  // The draft's lesson plays through its preview grant: the public path would refuse it.
  await page.getByRole('button', { name: 'Mở bài học' }).click();
  await expect(page.frameLocator('iframe.h5p-iframe').getByRole('heading').first()).toBeVisible();

  const remove = page.getByRole('button', { name: 'Xoá học liệu “Bài đọc sẽ xoá”' });
  await remove.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Xoá học liệu này?' });
  await expect(dialog).toContainText('“Bài đọc sẽ xoá”');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Bài đọc sẽ xoá')).toBeVisible();

  await remove.click();
  // The confirm button has the focus when the dialog opens.
  await expect(dialog.getByRole('button', { name: 'Xoá học liệu' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Đã xoá học liệu.')).toBeVisible();
  await expect(page.getByText('Học phần này chưa có bài học.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Xoá học liệu “Bài đọc sẽ xoá”' })).toHaveCount(0);
  await page.context().close();
});

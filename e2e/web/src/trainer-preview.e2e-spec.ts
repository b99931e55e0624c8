import { expect, test } from '@playwright/test';
import { createDraftCourse, expectNoCspViolations, navigate, openAs } from './support';

const courseTitle = `Khoá xem trước ${Date.now().toString(36)}`;

test.afterEach(expectNoCspViolations);

test('a trainer previews an unsaved test as a learner, by keyboard, and gets the form back', async ({ browser }) => {
  const page = await openAs(browser, 'trainer');
  await navigate(page, 'Soạn khoá học');
  await createDraftCourse(page, {
    title: courseTitle,
    summary: 'Một khoá học nháp để xem trước bài kiểm tra.',
    competence: /^1\.1 /,
    minutes: '15',
    module: 'Học phần thử',
  });

  await page.getByLabel('Tên bài kiểm tra').fill('Kiểm tra: mã OTP');
  const item = page.getByRole('group', { name: 'Câu hỏi 1', exact: true });
  await item.getByLabel('Nội dung câu hỏi').fill('Người lạ xin mã OTP, bạn làm gì?');
  await item.getByLabel('Phương án 1', { exact: true }).fill('Không đưa mã');
  await item.getByLabel('Phương án 2', { exact: true }).fill('Gửi mã cho họ');
  await item.getByRole('checkbox', { name: 'Phương án 1 là đáp án đúng' }).check();

  // The preview must not write anything: no attempt, no answer, no test.
  const writes: string[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'GET' && r.url().includes('/api/')) writes.push(`${r.method()} ${r.url()}`);
  });

  const preview = page.getByRole('button', { name: 'Xem như người học' });
  await preview.focus();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Xem như người học: Kiểm tra: mã OTP' })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('không được lưu hay chấm điểm');
  const question = page.getByRole('group', { name: /Câu 1.*Người lạ xin mã OTP/ });
  await expect(question).toBeVisible();
  await expect(question.getByText('Chọn một đáp án')).toBeVisible();
  await expect(question.getByRole('radio')).toHaveCount(2);
  // No key: nothing on the page marks the right answer.
  await expect(page.getByText(/đáp án đúng|\(đúng\)/)).toHaveCount(0);

  const first = question.getByRole('radio', { name: 'Không đưa mã' });
  await first.focus();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(question.getByRole('radio', { name: 'Gửi mã cho họ' })).toBeChecked();
  await expect(first).not.toBeChecked();

  const back = page.getByRole('link', { name: 'Quay lại soạn bài' });
  await back.focus();
  await page.keyboard.press('Enter');
  const restored = page.getByRole('group', { name: 'Câu hỏi 1', exact: true });
  await expect(restored.getByLabel('Nội dung câu hỏi')).toHaveValue('Người lạ xin mã OTP, bạn làm gì?');
  await expect(restored.getByRole('checkbox', { name: 'Phương án 1 là đáp án đúng' })).toBeChecked();
  await expect(page.getByLabel('Tên bài kiểm tra')).toHaveValue('Kiểm tra: mã OTP');
  expect(writes).toEqual([]);
  await page.context().close();
});

test('a trainer previews a saved test as a learner from the course page, and nothing is recorded', async ({
  browser,
}) => {
  const page = await openAs(browser, 'trainer');
  await page.setViewportSize({ width: 360, height: 780 });
  await navigate(page, 'Soạn khoá học');
  await createDraftCourse(page, {
    title: `${courseTitle} đã lưu`,
    summary: 'Một khoá học nháp có bài kiểm tra đã lưu.',
    competence: /^1\.1 /,
    minutes: '15',
    module: 'Học phần thử',
  });
  await page.getByLabel('Tên bài kiểm tra').fill('Kiểm tra đã lưu: mật khẩu');
  for (let n = 1; n <= 5; n++) {
    if (n > 1) await page.getByRole('button', { name: 'Thêm câu hỏi' }).click();
    const item = page.getByRole('group', { name: `Câu hỏi ${n}`, exact: true });
    await item.getByLabel('Nội dung câu hỏi').fill(`Câu ${n}: mật khẩu nào an toàn hơn?`);
    await item.getByLabel('Phương án 1', { exact: true }).fill(`Cụm từ dài khó đoán (${n})`);
    await item.getByLabel('Phương án 2', { exact: true }).fill(`Ngày sinh của bạn (${n})`);
    await item.getByRole('checkbox', { name: 'Phương án 1 là đáp án đúng' }).check();
  }
  await page.getByRole('button', { name: 'Lưu bài kiểm tra' }).click();
  await expect(page.getByText('Đã lưu bài kiểm tra.')).toBeVisible();

  const writes: string[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'GET' && r.url().includes('/api/')) writes.push(`${r.method()} ${r.url()}`);
  });
  const open = page.getByRole('link', { name: 'Xem bài kiểm tra Kiểm tra đã lưu: mật khẩu như người học' });
  await expect(open).toBeVisible();
  await open.focus();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Xem như người học: Kiểm tra đã lưu: mật khẩu' })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('không được lưu hay chấm điểm');
  await expect(page.getByRole('radio')).toHaveCount(10);
  await expect(page.getByText(/đáp án đúng|\(đúng\)/)).toHaveCount(0);
  const question = page.getByRole('group', { name: /Câu 3: mật khẩu nào an toàn hơn/ });
  const choice = question.getByRole('radio', { name: 'Ngày sinh của bạn (3)' });
  await choice.check();
  await expect(choice).toBeChecked();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflow).toBe(false);

  await page.getByRole('button', { name: 'Quay lại', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Soạn khoá học' })).toBeVisible();
  expect(writes).toEqual([]);
  await page.context().close();
});

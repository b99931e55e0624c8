import { expect, Page, test } from '@playwright/test';
import { resolve } from 'node:path';
import { choose, expectNoCspViolations, navigate, openAs } from './support';

// The editor's preview and the citizen's lesson both run in the player, under the app's Content-Security-Policy.
test.afterEach(expectNoCspViolations);

const DEMO_CITIZEN = '001185000001';
const run = Date.now().toString(36);
const courseTitle = `Soạn trên trang ${run}`;
const quizTitle = `Luyện tập: mã OTP ${run}`;

/** The verbs of the xAPI statements the API took (201) from this page, one statement or a batch per request. */
function acceptedVerbs(page: Page): string[] {
  const verbs: string[] = [];
  page.on('response', (res) => {
    if (!res.url().includes('/xapi') || res.status() !== 201) return;
    const body = res.request().postDataJSON() as { statement?: unknown; statements?: unknown[] };
    for (const s of body.statements ?? [body.statement]) {
      const id = (s as { verb?: { id?: string } } | undefined)?.verb?.id;
      if (id) verbs.push(id.split('/').pop() ?? '');
    }
  });
  return verbs;
}

test('a trainer builds a practice quiz in the editor, previews and publishes it; a citizen plays it', async ({
  browser,
}) => {
  await test.step('the trainer writes the quiz in the editor, by form, with messages beside the fields', async () => {
    const page = await openAs(browser, 'trainer');
    await navigate(page, 'Soạn khoá học');
    await page.getByLabel('Tên khoá học').fill(courseTitle);
    await page.getByLabel('Tóm tắt').fill('Một khoá học có bài luyện tập soạn ngay trên trang.');
    await choose(page, 'Năng lực số', /^4\.2 /);
    await page.keyboard.press('Escape');
    await choose(page, 'Nhóm đối tượng', /Người lớn khác/);
    await page.keyboard.press('Escape');
    await page.getByLabel('Thời lượng (phút)').fill('10');
    await page.getByLabel('Tên học phần đầu tiên').fill('Giữ an toàn mã OTP');
    await page.getByRole('button', { name: 'Tạo khoá học' }).click();
    await expect(page.getByText('Đã tạo khoá học.')).toBeVisible();

    await page.getByRole('link', { name: 'Bài luyện tập mới' }).click();
    await expect(page.getByRole('heading', { name: 'Soạn bài luyện tập' })).toBeVisible();
    // Nothing filled in yet: the preview is refused, and each empty field says so beside it.
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await expect(page.getByText('Bài học còn chỗ cần sửa; lời nhắc nằm ngay bên dưới từng ô.')).toBeVisible();
    await expect(page.getByText('Hãy nhập nội dung cho ô này.').first()).toBeVisible();

    await page.getByLabel('Tên bài học').fill(quizTitle);
    const first = page.getByRole('group', { name: 'Câu hỏi 1', exact: true });
    await first.getByLabel('Nội dung câu hỏi').fill('Ai được biết mã OTP của bạn?');
    await first.getByLabel('Đáp án 1', { exact: true }).fill('Chỉ mình tôi');
    await first.getByLabel('Đáp án 2', { exact: true }).fill('Người gọi tự xưng nhân viên ngân hàng');
    await first.getByRole('radio', { name: 'Đáp án 1 là đáp án đúng' }).check();
    await first.getByLabel('Lời nhắn khi trả lời đúng (không bắt buộc)').fill('Đúng vậy: mã OTP chỉ của bạn.');

    await page.getByRole('button', { name: 'Thêm câu hỏi' }).click();
    const second = page.getByRole('group', { name: 'Câu hỏi 2', exact: true });
    await second.getByRole('combobox', { name: 'Loại câu hỏi' }).click();
    await page.getByRole('option', { name: 'Đúng hay sai' }).click();
    await second.getByLabel('Nội dung câu hỏi').fill('Ngân hàng có thể gọi điện hỏi mã OTP của bạn.');
    await second.getByRole('radio', { name: 'Sai' }).check();

    await test.step('the preview plays the quiz in the real player before anything is saved', async () => {
      await page.getByRole('button', { name: 'Xem trước' }).click();
      await expect(page.getByText('Đã tạo bản xem trước, ở ngay bên dưới.')).toBeVisible();
      const preview = page.frameLocator('iframe.h5p-iframe');
      await expect(preview.getByText('Ai được biết mã OTP của bạn?')).toBeVisible();
      await preview.getByLabel('Chỉ mình tôi', { exact: true }).check();
      await preview.getByRole('button', { name: 'Kiểm tra' }).click();
      await expect(preview.getByText('Chính xác!')).toBeVisible();
    });

    await page.getByRole('button', { name: 'Lưu bài học' }).click();
    await expect(page.getByText('Đã lưu bài học.')).toBeVisible();
    await expect(page.getByRole('link', { name: `Sửa “${quizTitle}” trong trình soạn thảo` })).toBeVisible();
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

  await test.step('a citizen plays the quiz, and its xAPI reaches the API', async () => {
    const page = await openAs(browser, DEMO_CITIZEN);
    const verbs = acceptedVerbs(page);
    await navigate(page, 'Khoá học');
    await page.getByRole('link', { name: courseTitle }).click();
    await page.getByRole('button', { name: 'Mở bài học' }).click();
    const lesson = page.frameLocator('iframe.h5p-iframe');
    await lesson.getByLabel('Chỉ mình tôi', { exact: true }).check();
    await lesson.getByRole('button', { name: 'Kiểm tra' }).click();
    await expect(lesson.getByText('Đúng vậy: mã OTP chỉ của bạn.')).toBeVisible();
    await lesson.getByRole('button', { name: 'Câu tiếp theo' }).click();
    await lesson.getByLabel('Sai', { exact: true }).check();
    await lesson.getByRole('button', { name: 'Kiểm tra' }).click();
    await lesson.getByRole('button', { name: 'Xem kết quả' }).click();
    await expect(lesson.getByText(/Bạn đã đạt yêu cầu/)).toBeVisible();
    await expect.poll(() => verbs.filter((v) => v === 'answered').length).toBe(2);
    await expect.poll(() => verbs.filter((v) => v === 'completed').length).toBe(1);
    await page.context().close();
  });
});

test('a trainer places a phone task’s tap on an uploaded screenshot by keyboard and by numbers', async ({
  browser,
}) => {
  const page = await openAs(browser, 'trainer');
  await navigate(page, 'Soạn khoá học');
  await page.getByLabel('Tên khoá học').fill(`${courseTitle} (2)`);
  await page.getByLabel('Tóm tắt').fill('Thực hành trên điện thoại, soạn ngay trên trang.');
  await choose(page, 'Năng lực số', /^1\.1 /);
  await page.keyboard.press('Escape');
  await choose(page, 'Nhóm đối tượng', /Người lớn khác/);
  await page.keyboard.press('Escape');
  await page.getByLabel('Thời lượng (phút)').fill('10');
  await page.getByLabel('Tên học phần đầu tiên').fill('Cài đặt');
  await page.getByRole('button', { name: 'Tạo khoá học' }).click();
  await expect(page.getByText('Đã tạo khoá học.')).toBeVisible();

  await page.getByRole('link', { name: 'Bài thực hành mới' }).click();
  await expect(page.getByRole('heading', { name: 'Soạn bài thực hành trên điện thoại' })).toBeVisible();
  await page.getByLabel('Tên bài học').fill(`Thực hành: mở Cài đặt ${run}`);
  const step = page.getByRole('group', { name: 'Bước 1', exact: true });
  await step.getByLabel('Hướng dẫn').fill('Bấm vào biểu tượng Cài đặt.');
  await step
    .getByLabel('Ảnh chụp màn hình')
    .setInputFiles(resolve(__dirname, '../../../tools/h5p/samples/images/phone-home.svg'));
  await step.getByLabel('Mô tả ảnh (cho người không nhìn thấy)').fill('Màn hình chính của điện thoại.');
  await step.getByLabel('Gợi ý khi chạm sai').fill('Biểu tượng bánh răng ở hàng thứ hai.');

  // By keyboard on the screenshot: arrows move the place, Shift + arrows resize it, and each change is announced.
  // Each key waits for the previous one's effect, and the first for the screenshot the place is measured on.
  const placer = step.getByRole('application', { name: /Chỗ cần chạm/ });
  await expect(placer.locator('img')).toBeVisible();
  await placer.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(step.getByLabel('Cách mép trái (điểm ảnh)')).toHaveValue('120');
  await page.keyboard.press('ArrowUp');
  await expect(step.getByLabel('Cách mép trên (điểm ảnh)')).toHaveValue('260');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(step.getByLabel('Rộng (điểm ảnh)')).toHaveValue('90');
  await expect(page.getByText('Cách trái 120, cách trên 260, rộng 90, cao 100')).toBeAttached();
  // By numbers: the sample's real place.
  await step.getByLabel('Cách mép trái (điểm ảnh)').fill('102');
  await step.getByLabel('Cách mép trên (điểm ảnh)').fill('222');
  await step.getByLabel('Rộng (điểm ảnh)').fill('80');
  await expect(placer).toHaveAttribute('aria-label', /cách trái 102, cách trên 222, rộng 80, cao 100/);

  await page.getByRole('button', { name: 'Xem trước' }).click();
  const preview = page.frameLocator('iframe.h5p-iframe');
  await preview.getByRole('button', { name: 'Bấm vào biểu tượng Cài đặt.' }).click();
  await expect(preview.getByText('Hoàn thành!')).toBeVisible();
  await page.getByRole('button', { name: 'Lưu bài học' }).click();
  await expect(page.getByText('Đã lưu bài học.')).toBeVisible();
  await page.context().close();
});

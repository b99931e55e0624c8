import { expect, Page, test } from '@playwright/test';
import { resolve } from 'node:path';
import { choose, expectNoCspViolations, navigate, openAs, registerCitizen } from './support';

test.afterEach(expectNoCspViolations);

const stamp = String(Date.now() % 100000).padStart(5, '0');
const firstStem = `Mật khẩu nào sau đây mạnh nhất? (${stamp})`;
const editedStem = `Trong các mật khẩu sau, mật khẩu nào mạnh nhất? (${stamp})`;
const citizen = {
  name: 'Phạm Thị Báo Lỗi',
  id: `0011850${String((Date.now() + 70_000) % 100000).padStart(5, '0')}`,
  password: 'MatKhau-2026',
};

/** Fills one option's fieldset ("Phương án n") in both languages. */
async function fillOption(page: Page, n: number, vi: string, en: string): Promise<void> {
  const option = page.getByRole('group', { name: `Phương án ${n}` });
  await option.getByLabel('Tiếng Việt').fill(vi);
  await option.getByLabel('Tiếng Anh').fill(en);
}

test('a trainer proposes a question, a reviewer returns it, the trainer fixes it and the reviewer publishes it', async ({
  browser,
}) => {
  const trainer = await openAs(browser, 'trainer');
  const reviewer = await openAs(browser, 'reviewer');

  await test.step('the trainer writes a question in Vietnamese and English and sends it for review', async () => {
    await navigate(trainer, 'Đề xuất câu hỏi');
    await trainer.getByRole('link', { name: 'Đề xuất câu hỏi mới' }).click();
    await expect(trainer.getByRole('heading', { name: 'Đề xuất câu hỏi', level: 1 })).toBeVisible();
    await choose(trainer, 'Năng lực', /^4\.1 /);
    await choose(trainer, 'Mức', 'Mức 3');
    await trainer.getByLabel('Câu hỏi (tiếng Việt)').fill(firstStem);
    await trainer.getByLabel('Câu hỏi (tiếng Anh)').fill('Which of these passwords is the strongest?');
    await fillOption(trainer, 1, '12345678', '12345678');
    await fillOption(trainer, 2, 'Ho-Guom-mua-thu-2025!', 'Ho-Guom-mua-thu-2025!');
    // Check the right answer with the keyboard.
    const correct = trainer.getByRole('checkbox', { name: 'Phương án 2 là đáp án đúng' });
    await correct.focus();
    await trainer.keyboard.press('Space');
    await expect(correct).toBeChecked();
    await trainer.getByLabel('Giải thích đáp án (tiếng Việt)').fill('Dài, có chữ hoa, số và ký hiệu.');
    await trainer.getByLabel('Giải thích đáp án (tiếng Anh)').fill('Long, with capitals, digits and symbols.');
    await trainer.getByRole('button', { name: 'Gửi để duyệt' }).click();
    await expect(trainer.getByRole('status').filter({ hasText: 'Đã gửi câu hỏi để duyệt.' })).toBeVisible();
    const card = trainer.getByRole('listitem').filter({ hasText: firstStem });
    await expect(card).toContainText('Chờ duyệt');
  });

  await test.step('the reviewer sees the key and the explanation, and returns it with a reason', async () => {
    await navigate(reviewer, 'Duyệt câu hỏi');
    const item = reviewer.getByRole('article', { name: firstStem });
    await expect(item).toContainText('Ho-Guom-mua-thu-2025! (đáp án đúng)');
    await expect(item).toContainText('Dài, có chữ hoa, số và ký hiệu.');
    await item.getByLabel('Lý do trả lại').fill('Hãy viết câu hỏi rõ hơn: "trong các mật khẩu sau".');
    await item.getByRole('button', { name: 'Trả lại' }).click();
    await expect(reviewer.getByRole('status').filter({ hasText: 'Đã trả lại câu hỏi cho tác giả.' })).toBeVisible();
    await expect(reviewer.getByRole('article', { name: firstStem })).toHaveCount(0);
  });

  await test.step('the trainer reads the reason, edits the question and sends it again', async () => {
    await trainer.reload();
    const card = trainer.getByRole('listitem').filter({ hasText: firstStem });
    await expect(card).toContainText('Bị trả lại');
    await expect(card).toContainText('Hãy viết câu hỏi rõ hơn: "trong các mật khẩu sau".');
    await card.getByRole('link', { name: `Sửa và gửi lại câu hỏi: ${firstStem}` }).click();
    const stem = trainer.getByLabel('Câu hỏi (tiếng Việt)');
    await expect(stem).toHaveValue(firstStem);
    await stem.fill(editedStem);
    await trainer.getByRole('button', { name: 'Gửi để duyệt' }).click();
    await expect(trainer.getByRole('listitem').filter({ hasText: editedStem })).toContainText('Chờ duyệt');
  });

  await test.step('the reviewer publishes the edited question', async () => {
    await reviewer.reload();
    const item = reviewer.getByRole('article', { name: editedStem });
    await expect(item).toBeVisible();
    await item.getByRole('button', { name: 'Phát hành' }).click();
    await expect(reviewer.getByRole('status').filter({ hasText: 'Đã phát hành câu hỏi.' })).toBeVisible();
    await trainer.reload();
    await expect(trainer.getByRole('listitem').filter({ hasText: editedStem })).toContainText('Đã phát hành');
  });
  await trainer.context().close();
  await reviewer.context().close();
});

test('a trainer on a phone adds a picture with alt text to a proposal, and the reviewer sees both', async ({
  browser,
}) => {
  const pictureStem = `Biểu tượng trong hình dùng để làm gì? (${stamp})`;
  const altVi = `Biểu tượng của ứng dụng Công dân học tập (${stamp})`;
  const trainer = await openAs(browser, 'trainer');
  await trainer.setViewportSize({ width: 360, height: 780 });

  await test.step('the trainer writes the question and is told a text file is not a picture', async () => {
    await navigate(trainer, 'Đề xuất câu hỏi');
    await trainer.getByRole('link', { name: 'Đề xuất câu hỏi mới' }).click();
    await choose(trainer, 'Năng lực', /^1\.1 /);
    await choose(trainer, 'Mức', 'Mức 1');
    await trainer.getByLabel('Câu hỏi (tiếng Việt)').fill(pictureStem);
    await trainer.getByLabel('Câu hỏi (tiếng Anh)').fill('What is the icon in the picture for?');
    await fillOption(trainer, 1, 'Mở ứng dụng học tập', 'Opening the learning app');
    await fillOption(trainer, 2, 'Tắt điện thoại', 'Switching the phone off');
    await trainer.getByRole('checkbox', { name: 'Phương án 1 là đáp án đúng' }).check();
    await trainer.getByLabel('Giải thích đáp án (tiếng Việt)').fill('Biểu tượng mở ứng dụng.');
    await trainer.getByLabel('Giải thích đáp án (tiếng Anh)').fill('The icon opens the app.');
    const file = trainer.getByLabel('Chọn tệp hình ảnh');
    await file.setInputFiles({ name: 'ghi-chu.txt', mimeType: 'text/plain', buffer: Buffer.from('không phải ảnh') });
    await expect(
      trainer.getByRole('alert').filter({ hasText: 'Hình ảnh phải là tệp PNG, JPEG hoặc WebP.' }),
    ).toBeVisible();
  });

  await test.step('the trainer picks a PNG, is asked for its description, describes it and sends it', async () => {
    await trainer
      .getByLabel('Chọn tệp hình ảnh')
      .setInputFiles(resolve(__dirname, '../../../apps/web/public/icons/icon-192.png'));
    const describeVi = trainer.getByLabel('Mô tả hình ảnh cho người không xem được (tiếng Việt)');
    await expect(describeVi).toBeVisible();
    await trainer.getByRole('button', { name: 'Gửi để duyệt' }).click();
    await expect(trainer.getByText('Hãy mô tả hình ảnh.').first()).toBeVisible();
    await describeVi.fill(altVi);
    await trainer
      .getByLabel('Mô tả hình ảnh cho người không xem được (tiếng Anh)')
      .fill('The Learning Citizen app icon');
    await expect(trainer.getByRole('img', { name: altVi })).toBeVisible();
    await trainer.getByRole('button', { name: 'Gửi để duyệt' }).click();
    await expect(trainer.getByRole('status').filter({ hasText: 'Đã gửi câu hỏi để duyệt.' })).toBeVisible();
  });

  await test.step('the reviewer sees the picture with its alt text beside the question', async () => {
    const reviewer = await openAs(browser, 'reviewer');
    await navigate(reviewer, 'Duyệt câu hỏi');
    const item = reviewer.getByRole('article', { name: pictureStem });
    await expect(item.getByRole('img', { name: altVi })).toBeVisible();
    await expect(item).toContainText('Mở ứng dụng học tập (đáp án đúng)');
    await reviewer.context().close();
  });
  await trainer.context().close();
});

test('a citizen reports a problem with an assessment question, and the reviewer sees it', async ({ browser }) => {
  const page = await openAs(browser);
  const note = `Phương án B và C giống nhau (${stamp}).`;
  let stem = '';

  await test.step('registers and starts the digital-skills assessment', async () => {
    await registerCitizen(page, citizen);
    await navigate(page, 'Đánh giá năng lực số');
    await page.getByRole('button', { name: 'Bắt đầu đánh giá' }).click();
    const stemText = page.locator('legend#skills-q-1 .question__stem');
    await expect(stemText).toHaveText(/\S/);
    stem = (await stemText.textContent())?.trim() ?? '';
  });

  await test.step('reports the question by keyboard, with a reason and a note', async () => {
    const open = page.getByRole('button', { name: 'Báo lỗi câu hỏi 1' });
    await open.focus();
    await page.keyboard.press('Enter');
    const reason = page.getByRole('radio', { name: 'Câu hỏi khó hiểu' });
    await expect(reason).toBeVisible();
    await reason.focus();
    await page.keyboard.press('Space');
    await expect(reason).toBeChecked();
    await page.getByLabel('Ghi chú (không bắt buộc)').fill(note);
    await page.getByRole('button', { name: 'Gửi báo lỗi' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Cảm ơn bạn.' })).toBeVisible();
    // The question is still there to answer; no answer is marked right, as reviewers see it.
    await expect(page.locator('legend#skills-q-1')).toBeVisible();
    await expect(page.getByText('(đáp án đúng)')).toHaveCount(0);
  });

  await test.step('the reviewer finds the report with the question in the queue', async () => {
    const reviewer = await openAs(browser, 'reviewer');
    await navigate(reviewer, 'Duyệt câu hỏi');
    const report = reviewer.getByRole('listitem').filter({ hasText: note });
    await expect(report).toContainText('Lý do: Câu hỏi khó hiểu');
    await expect(report).toContainText(stem);
    // The question is drawn among all seven types: a choice item marks its right option, others state the key.
    await expect(report).toContainText(/\(đáp án đúng\)|Đáp án:/);
    await report.getByRole('button', { name: /^Đánh dấu đã xử lý báo lỗi/ }).click();
    await expect(reviewer.getByRole('status').filter({ hasText: 'Đã đánh dấu báo lỗi là đã xử lý.' })).toBeVisible();
    await expect(reviewer.getByRole('listitem').filter({ hasText: note })).toHaveCount(0);
    await reviewer.context().close();
  });
  await page.context().close();
});

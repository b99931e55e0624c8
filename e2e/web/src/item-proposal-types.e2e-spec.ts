import AxeBuilder from '@axe-core/playwright';
import { expect, Page, test } from '@playwright/test';
import { resolve } from 'node:path';
import { choose, expectNoCspViolations, navigate, openAs } from './support';

test.afterEach(expectNoCspViolations);

const stamp = String(Date.now() % 100000).padStart(5, '0');
const shortStem = `Cách bảo vệ tài khoản bằng mật khẩu và mã gửi về điện thoại gọi là gì? (${stamp})`;
const hotspotStem = `Chạm vào góc dưới bên phải của biểu tượng. (${stamp})`;
const orderingStem = `Sắp xếp các bước đổi mật khẩu theo đúng thứ tự. (${stamp})`;
const PICTURE = resolve(__dirname, '../../../apps/web/public/icons/icon-192.png');

/** Opens a Material select with the keyboard and moves to the option by arrow keys. */
async function chooseByKeyboard(page: Page, select: string, option: string, steps: number): Promise<void> {
  const combobox = page.getByRole('combobox', { name: select });
  await combobox.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('option', { name: option, exact: true })).toBeVisible();
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(combobox).toContainText(option);
}

/** Presses a button by keyboard: focus, then Enter. */
async function press(page: Page, name: string | RegExp): Promise<void> {
  const button = page.getByRole('button', { name, exact: typeof name === 'string' });
  await button.focus();
  await page.keyboard.press('Enter');
}

async function startProposal(page: Page, type: string, steps: number, stem: string, stemEn: string): Promise<void> {
  await navigate(page, 'Đề xuất câu hỏi');
  await page.getByRole('link', { name: 'Đề xuất câu hỏi mới' }).click();
  await expect(page.getByRole('heading', { name: 'Đề xuất câu hỏi', level: 1 })).toBeVisible();
  await chooseByKeyboard(page, 'Loại câu hỏi', type, steps);
  await choose(page, 'Năng lực', /^4\.1 /);
  await choose(page, 'Mức', 'Mức 2');
  await page.getByLabel('Câu hỏi (tiếng Việt)').fill(stem);
  await page.getByLabel('Câu hỏi (tiếng Anh)').fill(stemEn);
}

async function finishProposal(page: Page, stem: string): Promise<void> {
  await page
    .getByLabel('Giải thích đáp án (tiếng Việt)')
    .fill('Mật khẩu mạnh và bước xác nhận thứ hai giữ tài khoản an toàn.');
  await page
    .getByLabel('Giải thích đáp án (tiếng Anh)')
    .fill('A strong password and a second check keep the account safe.');
  await press(page, 'Gửi để duyệt');
  await expect(page.getByRole('status').filter({ hasText: 'Đã gửi câu hỏi để duyệt.' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: stem })).toContainText('Chờ duyệt');
}

test('on a phone, by keyboard, a trainer proposes short-answer, ordering and hotspot items and a reviewer publishes them', async ({
  browser,
}) => {
  const trainer = await openAs(browser, 'trainer');
  await trainer.setViewportSize({ width: 360, height: 780 });

  await test.step('a short answer with two accepted spellings, previewed as a learner sees it', async () => {
    await startProposal(
      trainer,
      'Trả lời ngắn',
      3,
      shortStem,
      'What is protecting an account with a password and a code sent to the phone called?',
    );
    await trainer.getByRole('textbox', { name: 'Đáp án 1' }).fill('xác thực hai lớp');
    await press(trainer, 'Thêm đáp án');
    await trainer.getByRole('textbox', { name: 'Đáp án 2' }).fill('two-factor authentication');
    const unmarked = trainer.getByRole('checkbox', { name: 'Chấp nhận cả khi gõ không dấu' });
    await unmarked.focus();
    await trainer.keyboard.press('Space');
    await expect(unmarked).toBeChecked();
    await press(trainer, 'Xem trước như người học');
    const heading = trainer.getByRole('heading', { name: 'Xem trước: người học sẽ thấy câu hỏi như sau' });
    await expect(heading).toBeFocused();
    const preview = trainer.getByRole('group', { name: new RegExp(shortStem.slice(0, 30)) });
    await expect(preview.getByLabel('Câu trả lời của bạn')).toBeVisible();
    await expect(preview).not.toContainText('xác thực hai lớp');
    await finishProposal(trainer, shortStem);
  });

  await test.step('an ordering item whose steps are put right with "Lên"', async () => {
    await startProposal(trainer, 'Sắp xếp thứ tự', 4, orderingStem, 'Put the steps of changing a password in order.');
    const step = (n: number) => trainer.getByRole('group', { name: `Bước ${n}`, exact: true });
    await step(1).getByLabel('Tiếng Việt').fill('Mở phần cài đặt');
    await step(1).getByLabel('Tiếng Anh').fill('Open the settings');
    await step(2).getByLabel('Tiếng Việt').fill('Đổi mật khẩu');
    await step(2).getByLabel('Tiếng Anh').fill('Change the password');
    await press(trainer, 'Thêm bước');
    await step(3).getByLabel('Tiếng Việt').fill('Chọn mục Bảo mật');
    await step(3).getByLabel('Tiếng Anh').fill('Choose Security');
    await press(trainer, 'Đưa mục 3 lên');
    await expect(step(2).getByLabel('Tiếng Việt')).toHaveValue('Chọn mục Bảo mật');
    await expect(trainer.getByRole('button', { name: 'Đưa mục 2 lên' })).toBeFocused();
    await finishProposal(trainer, orderingStem);
  });

  await test.step('a hotspot item: a picture, regions typed and nudged with the arrow keys, the right one chosen', async () => {
    await startProposal(trainer, 'Chọn vùng trên hình', 6, hotspotStem, 'Tap the bottom-right corner of the icon.');
    await expect(trainer.getByRole('alert').filter({ hasText: 'cần một hình ảnh' })).toBeVisible();
    await trainer.getByLabel('Chọn tệp hình ảnh').setInputFiles(PICTURE);
    await trainer
      .getByLabel('Mô tả hình ảnh cho người không xem được (tiếng Việt)')
      .fill('Biểu tượng ứng dụng học tập');
    await trainer.getByLabel('Mô tả hình ảnh cho người không xem được (tiếng Anh)').fill('The learning app icon');
    await expect(trainer.getByText('Hình rộng 192 × cao 192 điểm ảnh.')).toBeVisible();
    const region = (n: number) => trainer.getByRole('group', { name: `Vùng ${n}`, exact: true });
    const fillRegion = async (n: number, vi: string, en: string, box: number[]) => {
      await region(n).getByLabel('Tên vùng (tiếng Việt)').fill(vi);
      await region(n).getByLabel('Tên vùng (tiếng Anh)').fill(en);
      for (const [i, label] of ['Cách trái', 'Cách trên', 'Rộng', 'Cao'].entries())
        await region(n).getByLabel(label, { exact: true }).fill(String(box[i]));
    };
    await fillRegion(1, 'Góc trên bên trái', 'Top-left corner', [0, 0, 80, 80]);
    await fillRegion(2, 'Góc dưới bên phải', 'Bottom-right corner', [96, 100, 80, 80]);
    await press(trainer, 'Đặt vùng 2 trên hình');
    const placer = trainer.getByRole('application', { name: /^Vùng: cách trái 96/ });
    await placer.focus();
    await trainer.keyboard.press('ArrowRight');
    await expect(region(2).getByLabel('Cách trái', { exact: true })).toHaveValue('106');
    const right = trainer.getByRole('radio', { name: 'Vùng 2: Góc dưới bên phải' });
    await right.focus();
    await trainer.keyboard.press('Space');
    await expect(right).toBeChecked();
    await press(trainer, 'Xem trước như người học');
    await expect(trainer.getByRole('img', { name: 'Biểu tượng ứng dụng học tập' }).last()).toBeVisible();
    const axe = await new AxeBuilder({ page: trainer })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
      [],
    );
    await finishProposal(trainer, hotspotStem);
  });

  await test.step('the reviewer reads each key in words and publishes the three items', async () => {
    const reviewer = await openAs(browser, 'reviewer');
    await reviewer.setViewportSize({ width: 360, height: 780 });
    await navigate(reviewer, 'Duyệt câu hỏi');
    const keys: [string, string][] = [
      [shortStem, 'Đáp án: xác thực hai lớp; two-factor authentication'],
      [
        orderingStem,
        'Đáp án: 1. Mở phần cài đặt (Open the settings); 2. Chọn mục Bảo mật (Choose Security); 3. Đổi mật khẩu',
      ],
      [hotspotStem, 'Đáp án: Góc dưới bên phải (Bottom-right corner)'],
    ];
    for (const [stem, key] of keys) {
      const item = reviewer.getByRole('article', { name: stem });
      await expect(item).toContainText(key);
      await item.getByRole('button', { name: 'Phát hành' }).click();
      await expect(reviewer.getByRole('article', { name: stem })).toHaveCount(0);
    }
    await trainer.reload();
    for (const [stem] of keys)
      await expect(trainer.getByRole('listitem').filter({ hasText: stem })).toContainText('Đã phát hành');
    await reviewer.context().close();
  });
  await trainer.context().close();
});

test('on a phone, a proposal the server refuses shows the problem beside the field and in a summary in view', async ({
  browser,
}) => {
  const trainer = await openAs(browser, 'trainer');
  await trainer.setViewportSize({ width: 360, height: 780 });
  const stem = `Mật khẩu nào khó đoán nhất? (${stamp})`;
  // Spaces alone pass the form's "required" check; the server, which gets the text trimmed, refuses it.
  await startProposal(trainer, 'Trả lời ngắn', 3, stem, '   ');
  await trainer.getByRole('textbox', { name: 'Đáp án 1' }).fill('cụm từ dài');
  await trainer.getByLabel('Giải thích đáp án (tiếng Việt)').fill('Cụm từ dài khó đoán hơn một từ.');
  await trainer.getByLabel('Giải thích đáp án (tiếng Anh)').fill('A long phrase is harder to guess than a word.');
  await press(trainer, 'Gửi để duyệt');

  const refusal = 'Mỗi nội dung cần bản tiếng Anh, từ 1 đến 1000 ký tự.';
  const summary = trainer.locator('.lp-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toBeInViewport();
  const link = summary.getByRole('link', { name: refusal });
  await expect(link).toBeVisible();
  await link.click();
  const field = trainer.getByLabel('Câu hỏi (tiếng Anh)');
  await expect(field).toBeFocused();
  await expect(field).toBeInViewport();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(trainer.locator('mat-error').filter({ hasText: refusal })).toBeInViewport();

  await field.fill('Which password is hardest to guess?');
  await finishProposal(trainer, stem);
  await trainer.context().close();
});

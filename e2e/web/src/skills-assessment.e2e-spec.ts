import { expect, Page, test } from '@playwright/test';
import {
  answerSkillsQuestion,
  expectNoCspViolations,
  navigate,
  openAs,
  registerCitizen,
  skillsSaveButton,
} from './support';

// The chart (ECharts, loaded lazily) runs under the app's Content-Security-Policy too.
test.afterEach(expectNoCspViolations);

const citizen = {
  name: 'Trần Thị Đánh Giá',
  id: `0011850${String((Date.now() + 50_000) % 100000).padStart(5, '0')}`,
  password: 'MatKhau-2026',
};

/** The question on screen: its number and stem, as the legend of its fieldset reads. */
const legend = (page: Page) => page.locator('legend');

test('a citizen takes the digital-skills assessment on a phone, resumes after a reload, and sees the domain chart', async ({
  browser,
}) => {
  const page = await openAs(browser);
  await test.step('registers and opens the assessment from the menu', async () => {
    await registerCitizen(page, citizen);
    await navigate(page, 'Đánh giá năng lực số');
  });

  await test.step('reads the introduction, where nothing has started yet', async () => {
    await expect(page.getByRole('heading', { name: 'Đánh giá năng lực số', level: 1 })).toBeVisible();
    await expect(page.getByText('Tối đa 30 câu hỏi, mỗi màn hình một câu.')).toBeVisible();
    await expect(page.getByText('Bạn được làm 1 lần trong mỗi 7 ngày.')).toBeVisible();
    await expect(page.getByText('Ứng dụng trí tuệ nhân tạo')).toBeVisible();
    await expect(page.getByText('Bạn chưa có kết quả nào.')).toBeVisible();
    await page.getByRole('checkbox', { name: 'Chữ lớn hơn' }).check();
    await page.getByRole('checkbox', { name: /Cho tôi thêm 30 phút/ }).check();
    await page.getByRole('button', { name: 'Bắt đầu đánh giá' }).click();
    await expect(legend(page)).toContainText('Câu 1');
    await expect(page.getByText('Lĩnh vực 1/6: Khai thác dữ liệu và thông tin')).toBeVisible();
  });

  let beforeReload = '';
  await test.step('answers ten questions, one per screen, by keyboard', async () => {
    for (let n = 1; n <= 10; n++) await answerSkillsQuestion(page);
    await expect(legend(page)).toContainText('Câu 11');
    await expect(page.getByText('Đã lưu 10 câu (tối đa 30 câu)')).toBeVisible();
    beforeReload = (await legend(page).textContent()) ?? '';
  });

  await test.step('reloads, and goes back and forth: the same question is waiting, nothing new starts', async () => {
    await page.reload();
    await expect(legend(page)).toHaveText(beforeReload);
    await expect(page.getByText('Đã lưu 10 câu (tối đa 30 câu)')).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { name: 'Bạn đang làm dở bài đánh giá' })).toBeVisible();
    await expect(page.getByText(/Bạn đã trả lời 10 câu/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Bắt đầu đánh giá' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Làm tiếp' }).click();
    await expect(legend(page)).toHaveText(beforeReload);
  });

  await test.step('answers until the assessment stops, and lands on the result', async () => {
    const result = page.getByRole('heading', { name: 'Kết quả đánh giá năng lực số', level: 1 });
    for (let n = 0; n < 40 && !(await result.isVisible()); n++) await answerSkillsQuestion(page);
    await expect(page.getByRole('heading', { name: 'Kết quả đánh giá năng lực số', level: 1 })).toBeVisible();
  });

  await test.step('sees the chart of the six domain levels and the table beside it', async () => {
    const chart = page.getByRole('img', { name: /Biểu đồ mức năng lực của sáu lĩnh vực/ });
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('svg')).toBeVisible();
    await expect(chart.locator('svg path').first()).toBeAttached();
    const table = page.getByRole('table', { name: /Mức năng lực theo lĩnh vực/ });
    await expect(table.getByRole('row')).toHaveCount(7);
    await expect(table.getByRole('rowheader', { name: '1. Khai thác dữ liệu và thông tin' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Mức của bạn có nghĩa là gì' })).toBeVisible();
    await expect(page.getByText(/^Mức \d \((Cơ bản|Trung cấp|Nâng cao|Chuyên sâu)\):/).first()).toBeVisible();
    // No per-question feedback: the profile only.
    await expect(page.getByText(/Câu \d+/)).toHaveCount(0);
  });

  await test.step('finds the result again later from the menu, and a retake waits for the policy window', async () => {
    await navigate(page, 'Đánh giá năng lực số');
    await expect(page.getByText(/Bạn có thể làm lại từ/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Bắt đầu đánh giá' })).toHaveCount(0);
    await page.getByRole('link', { name: /Xem kết quả ngày/ }).click();
    await expect(page.getByRole('table', { name: /Mức năng lực theo lĩnh vực/ })).toBeVisible();
  });
  await page.context().close();
});

import { expect, test } from '@playwright/test';
import { packLesson } from './lessons';
import { autocomplete, choose, expectNoCspViolations, kpiRatio, navigate, openAs, registerCitizen } from './support';

// The player (h5p-standalone and our content types) runs under the app's Content-Security-Policy.
test.afterEach(expectNoCspViolations);

const year = new Date().getFullYear();
const run = Date.now().toString(36);
const courseTitle = `Dùng Zalo an toàn ${run}`;
const citizen = {
  name: 'Lê Thị Hành Trình',
  id: `0011900${String(Date.now() % 100000).padStart(5, '0')}`,
  password: 'MatKhau-2026',
};

test.describe.configure({ mode: 'serial' });

test('one Learning Citizen’s whole journey, from a published course to the city’s KPIs', async ({ browser }) => {
  await test.step('a trainer writes a course with an H5P lesson and a 5-item test, and submits it', async () => {
    const page = await openAs(browser, 'trainer');
    await navigate(page, 'Soạn khoá học');
    await page.getByLabel('Tên khoá học').fill(courseTitle);
    await page.getByLabel('Tóm tắt').fill('Cách nhắn tin, gọi video và giữ an toàn tài khoản trên ứng dụng nhắn tin.');
    await choose(page, 'Năng lực số', /^2\.1 /);
    await page.keyboard.press('Escape');
    await choose(page, 'Nhóm đối tượng', /Người lớn khác/);
    await page.keyboard.press('Escape');
    await page.getByLabel('Thời lượng (phút)').fill('30');
    await page.getByLabel('Tên học phần đầu tiên').fill('Nhắn tin an toàn');
    await page.getByRole('button', { name: 'Tạo khoá học' }).click();
    await expect(page.getByText('Đã tạo khoá học.')).toBeVisible();

    await page.getByLabel('Tệp bài học (.h5p)').setInputFiles(packLesson());
    await page.getByLabel('Tên bài học').fill('Bài đọc: nhắn tin an toàn');
    await page.getByRole('button', { name: 'Tải lên' }).click();
    await expect(page.getByText('Đã tải lên bài học.')).toBeVisible();

    await page.getByLabel('Tên bài kiểm tra').fill('Kiểm tra: nhắn tin an toàn');
    for (let n = 1; n <= 5; n++) {
      if (n > 1) await page.getByRole('button', { name: 'Thêm câu hỏi' }).click();
      const item = page.getByRole('group', { name: `Câu hỏi ${n}`, exact: true });
      await item.getByLabel('Nội dung câu hỏi').fill(`Câu ${n}: khi người lạ xin mã OTP qua tin nhắn, bạn làm gì?`);
      await item.getByLabel('Phương án 1', { exact: true }).fill(`Không đưa mã, chặn và báo cáo (${n})`);
      await item.getByLabel('Phương án 2', { exact: true }).fill(`Gửi mã ngay cho họ (${n})`);
      await item.getByRole('checkbox', { name: 'Phương án 1 là đáp án đúng' }).check();
      if (n === 1) {
        // Later questions start from the previous question's competence and level.
        await item.getByRole('combobox', { name: 'Năng lực số', exact: true }).click();
        await page.getByRole('option', { name: /^2\.1 / }).click();
      }
    }
    await page.getByRole('button', { name: 'Lưu bài kiểm tra' }).click();
    await expect(page.getByText('Đã lưu bài kiểm tra.')).toBeVisible();
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

  const page = await openAs(browser);
  await test.step('a citizen registers in Phường Ba Đình and is signed in', async () => {
    await registerCitizen(page, citizen, '1990');
  });

  const analyst = await openAs(browser, 'analyst');
  let before: [number, number] = [0, 0];
  let cityBefore: [number, number] = [0, 0];
  await test.step('the analyst notes K1 for the city and for Phường Ba Đình before', async () => {
    await navigate(analyst, 'Bảng chỉ số');
    await expect(analyst.getByRole('heading', { name: /Tỷ lệ người lớn đạt danh hiệu/ })).toBeVisible();
    cityBefore = await kpiRatio(analyst, 'Tỷ lệ người lớn đạt danh hiệu');
    await autocomplete(analyst, 'Khu vực', 'ba dinh', 'Phường Ba Đình');
    await expect(analyst.getByRole('heading', { name: /^Phường Ba Đình — năm/ })).toBeVisible();
    before = await kpiRatio(analyst, 'Tỷ lệ người lớn đạt danh hiệu');
  });

  await test.step('the citizen finds the course, plays the H5P lesson in the page, and takes the test', async () => {
    await navigate(page, 'Khoá học');
    await page.getByRole('link', { name: courseTitle }).click();
    const completed = page.waitForResponse(
      (r) => r.url().includes('/xapi') && r.status() === 201 && /verbs\/completed/.test(r.request().postData() ?? ''),
    );
    await page.getByRole('button', { name: 'Mở bài học' }).click();
    const lesson = page.frameLocator('iframe.h5p-iframe');
    await expect(lesson.getByRole('heading').first()).toBeVisible();
    // "Tôi đã đọc xong" completes the lesson; the player reports it and the API keeps it as a `reported` record.
    await lesson.getByRole('button', { name: /Tôi đã đọc xong/ }).click();
    expect((await (await completed).json()).trust).toBe('reported');
    // The intro says what the test asks; nothing starts, and no clock runs, until the citizen says so.
    const starts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && /\/api\/tests\/[^/]+\/attempts$/.test(r.url())) starts.push(r.url());
    });
    await page.getByRole('link', { name: 'Làm bài kiểm tra' }).click();
    await expect(page.getByText('Bài có 5 câu hỏi.')).toBeVisible();
    await expect(page.getByText(/Đồng hồ chỉ bắt đầu khi bạn bấm “Bắt đầu làm bài”/)).toBeVisible();
    expect(starts).toEqual([]);
    await page.getByRole('link', { name: 'Bắt đầu làm bài' }).click();
    for (let n = 1; n <= 5; n++) {
      await page.getByRole('radio', { name: `Không đưa mã, chặn và báo cáo (${n})` }).check();
    }
    await page.getByRole('button', { name: 'Nộp bài' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Nộp bài' }).click();
    await expect(page.getByText('Điểm của bạn: 5/5')).toBeVisible();
    await expect(page.getByText(/mức 1 — Cơ bản/).first()).toBeVisible();
  });

  await test.step('the citizen scores the 10 criteria items, sees the supporting records, and submits', async () => {
    await navigate(page, 'Hồ sơ danh hiệu');
    await page.getByRole('button', { name: 'Bắt đầu tự đánh giá' }).click();
    const selects = page.getByRole('combobox', { name: /Điểm tự đánh giá/ });
    await expect(selects).toHaveCount(10);
    for (let i = 0; i < 10; i++) {
      await selects.nth(i).click();
      await page.getByRole('option', { name: '9', exact: true }).click();
    }
    await expect(page.getByText('Tổng điểm: 90/100')).toBeVisible();
    await expect(page.getByText('Kiểm tra: nhắn tin an toàn').first()).toBeVisible();
    await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await page.getByRole('button', { name: 'Xác nhận nộp' }).click();
    await expect(page.getByText(/Đã nộp hồ sơ/)).toBeVisible();
  });

  await test.step('the verifier of Phường Ba Đình confirms and forwards it', async () => {
    const verifier = await openAs(browser, 'verifier');
    await navigate(verifier, 'Hồ sơ cần xét');
    await verifier.getByRole('link', { name: citizen.name }).click();
    // The verifier scores each item from the evidence, and forwards through the summary of it.
    const scores = verifier.getByRole('combobox', { name: /Điểm xác minh mục/ });
    await expect(scores).toHaveCount(10);
    for (let i = 0; i < 10; i++) {
      await scores.nth(i).click();
      await verifier.getByRole('option', { name: '9', exact: true }).click();
    }
    await verifier.getByRole('button', { name: 'Xác nhận và chuyển' }).click();
    await verifier.getByRole('dialog').getByRole('button', { name: 'Xác nhận chuyển' }).click();
    await expect(verifier.getByText('Đã xác minh').first()).toBeVisible();
    await verifier.context().close();
  });

  let decision = '';
  await test.step('the approver recognises it in a numbered decision', async () => {
    const approver = await openAs(browser, 'approver');
    await navigate(approver, 'Hồ sơ cần xét');
    await approver.getByRole('tab', { name: 'Chờ công nhận' }).click();
    await approver.getByRole('checkbox', { name: `Chọn hồ sơ của ${citizen.name}` }).check();
    decision = `${run}/QĐ-HKH`;
    await approver.getByLabel('Số quyết định').fill(decision);
    await approver.getByLabel('Ngày ký').fill(`${year}-11-26`);
    await approver.getByLabel('Người ký').fill('Nguyễn Đức Thắng');
    await approver.getByRole('button', { name: 'Lập quyết định' }).click();
    await approver.getByRole('dialog').getByRole('button', { name: 'Xác nhận công nhận' }).click();
    await expect(approver.getByText(`Đã lập Quyết định số ${decision}`)).toBeVisible();
    await approver.context().close();
  });

  let code = '';
  await test.step('the citizen sees "recognised" and a certificate with a verification code and QR code', async () => {
    await page.reload();
    await expect(page.getByText('Đã công nhận').first()).toBeVisible();
    await page.getByRole('link', { name: 'Xem giấy chứng nhận' }).click();
    await expect(page.getByRole('heading', { name: 'GIẤY CHỨNG NHẬN CÔNG DÂN HỌC TẬP' })).toBeVisible();
    const qr = page.getByRole('img', { name: 'Mã QR để kiểm tra giấy chứng nhận' });
    await expect(qr).toBeVisible();
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const codeText = page.getByTestId('certificate-code');
    await expect(codeText).toHaveText(/^\s*[A-Z2-9]{10}\s*$/);
    code = (await codeText.innerText()).trim();
  });

  await test.step('anyone verifies it on the public page, without signing in and without seeing the name', async () => {
    const visitor = await openAs(browser);
    await visitor.goto(`/verify/${code}`);
    await expect(visitor.getByText('Giấy chứng nhận hợp lệ')).toBeVisible();
    await expect(visitor.getByText('L. T. H. T.')).toBeVisible();
    await expect(visitor.getByText(citizen.name)).toHaveCount(0);
    await visitor.context().close();
  });

  await test.step('the analyst sees K1, K3 and K4 with targets, and K1 moved for the city and the commune', async () => {
    await analyst.reload();
    await expect
      .poll(() => kpiRatio(analyst, 'Tỷ lệ người lớn đạt danh hiệu'))
      .toEqual([cityBefore[0] + 1, cityBefore[1]]);
    await autocomplete(analyst, 'Khu vực', 'ba dinh', 'Phường Ba Đình');
    await expect(analyst.getByRole('heading', { name: /^Phường Ba Đình — năm/ })).toBeVisible();
    await expect(analyst.getByText(/Mục tiêu 2025: 40/).first()).toBeVisible();
    await expect(analyst.getByRole('heading', { name: /có kỹ năng số/ }).first()).toBeVisible();
    await expect(analyst.getByRole('heading', { name: /thành thạo kỹ năng số/ }).first()).toBeVisible();
    await expect.poll(() => kpiRatio(analyst, 'Tỷ lệ người lớn đạt danh hiệu')).toEqual([before[0] + 1, before[1]]);
    await expect(analyst.getByText(/đã đăng ký trên nền tảng/).first()).toBeVisible();
  });
});

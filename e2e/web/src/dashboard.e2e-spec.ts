import { expect, Page, test } from '@playwright/test';
import { Workbook } from 'exceljs';
import { readFileSync } from 'node:fs';
import { autocomplete, choose, expectNoCspViolations, navigate, openAs } from './support';

test.afterEach(expectNoCspViolations);

const COLUMNS = ['Phần', 'Khu vực', 'Nhóm', 'Mã', 'Chỉ số', 'Tử số', 'Mẫu số', 'Tỷ lệ (%)'];

/** RFC 4180, enough for our exports: quoted cells may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\n') {
      rows.push([...row, cell.replace(/\r$/, '')]);
      row = [];
      cell = '';
    } else {
      cell += c;
    }
  }
  return rows;
}

/** A count in an export is either withheld or at least 10 people: nobody can be picked out. */
function expectSuppressed(counts: unknown[]): void {
  for (const count of counts) {
    if (count === '< 10') continue;
    expect(Number(count)).toBeGreaterThanOrEqual(10);
  }
}

async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFileSync(await file.path());
}

test('an analyst drills from the city to a commune, reads the charts and ranking, and exports them', async ({
  browser,
}) => {
  const page = await openAs(browser, 'analyst');
  await navigate(page, 'Bảng chỉ số');
  const ranking = page.getByRole('table', { name: /^Xếp hạng theo/ });

  await test.step('the city shows its progress chart and the ranked table of all 126 communes', async () => {
    await expect(page.getByRole('heading', { name: /— năm \d{4}$/, level: 2 }).first()).toBeVisible();
    await expect(page.getByRole('img', { name: /chỉ số đã đạt mục tiêu/ })).toBeVisible();
    await expect(page.locator('.kpi-chart svg').first()).toBeVisible();
    await expect(ranking.getByRole('row')).toHaveCount(127);
    await expect(page.getByText('Đang hiện 126 trên 126 xã, phường.')).toBeVisible();
    await expect(page.getByRole('img', { name: /xã, phường đầu tiên theo thứ tự của bảng/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Xu hướng theo năm' })).toBeVisible();
    await expect(page.getByText(/K1 đang chia cho số người lớn đã đăng ký/)).toBeVisible();
  });

  await test.step('the city shows all five targets: K0 and K2 cards beside K1, K3 and K4', async () => {
    const k0 = page.getByRole('article', { name: /^K0 / });
    await expect(k0).toBeVisible();
    await expect(k0).toContainText('Tỷ lệ cán bộ, hội viên Hội Khuyến học đã học tiêu chí danh hiệu');
    await expect(k0).toContainText(/Mục tiêu 2025: 100\s?%/);
    // The demo lists Ba Đình's association roster: K0 counts over it, and says so.
    await expect(k0).toContainText('Hội Khuyến học trong danh sách đã nạp (1 xã/phường)');
    const k2 = page.getByRole('article', { name: /^K2 / });
    await expect(k2).toBeVisible();
    await expect(k2).toContainText(/Mục tiêu 2025: 60\s?%/);
    await expect(k2.locator('.kpi__denominator')).toContainText('Mẫu số:');
    await expect(page.locator('.report__cards').getByRole('article')).toHaveCount(6);
    await expect(page.getByText('Bảng xếp hạng chỉ có K1, K3 và K4')).toBeVisible();
    // K3 and K4 say what they are: expected shares from the assessment's level probabilities.
    for (const code of ['K3', 'K4']) {
      const card = page.getByRole('article', { name: new RegExp(`^${code} `) }).first();
      await expect(card).toContainText('tỷ lệ kỳ vọng tính từ xác suất các mức của bài đánh giá');
    }
  });

  await test.step('nothing runs off a 360 px screen: wide tables scroll inside their labelled region', async () => {
    await expect(page.getByRole('region', { name: /Bảng xếp hạng xã, phường/ })).toBeVisible();
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  await test.step('the analyst sorts by distance to target and filters the ranking', async () => {
    await ranking.getByRole('button', { name: 'Khoảng cách tới mục tiêu' }).click();
    await expect(ranking.getByRole('columnheader', { name: 'Khoảng cách tới mục tiêu' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await page.getByLabel('Lọc theo tên xã, phường').fill('ba dinh');
    await expect(ranking.getByRole('row')).toHaveCount(2);
    await expect(page.getByText('Đang hiện 1 trên 126 xã, phường.')).toBeVisible();
  });

  await test.step('the CSV holds the city summary and the filtered ranking, with small counts withheld', async () => {
    const rows = parseCsv((await download(page, 'Tải CSV')).toString('utf8').replace(/^\uFEFF/, ''));
    expect(rows[0].slice(0, COLUMNS.length)).toEqual(COLUMNS);
    const summary = rows.filter((r) => r[0] === 'Tổng hợp');
    expect(summary.map((r) => r[3])).toEqual(expect.arrayContaining(['K0', 'K1', 'K2', 'K3']));
    const communes = rows.filter((r) => r[0] === 'Xếp hạng xã, phường');
    expect(new Set(communes.map((r) => r[1]))).toEqual(new Set(['Phường Ba Đình']));
    expectSuppressed(rows.slice(1).flatMap((r) => [r[5], r[6]]));
  });

  await test.step('the analyst opens Phường Ba Đình from the ranking with the keyboard', async () => {
    const open = ranking.getByRole('button', { name: 'Phường Ba Đình' });
    await expect(open).toBeVisible();
    await open.focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { name: /^Phường Ba Đình — năm/ });
    await expect(heading).toBeVisible();
    await expect(heading).toBeFocused();
    await expect(page.getByRole('button', { name: 'Về toàn thành phố' })).toBeVisible();
    await expect(page.getByRole('table', { name: /^Xếp hạng theo/ })).toHaveCount(0);
    // Ba Đình has no learning-unit roster: K2 says so and counts registered officials instead.
    await expect(page.getByRole('article', { name: /^K2 / })).toContainText(
      'Chưa có danh sách đơn vị học tập: K2 tạm tính trên những người đã đăng ký',
    );
    await expect(page.getByRole('article', { name: /^K0 / })).toContainText('danh sách đã nạp (1 xã/phường)');
    // A city analyst is not one of the commune's officers: its residential groups are not offered.
    await expect(page.getByRole('heading', { name: 'Các tổ dân phố, thôn' })).toHaveCount(0);
  });

  await test.step('the commune breaks down by age band, with counts under 10 shown as "< 10"', async () => {
    await choose(page, 'Chia theo', 'Nhóm tuổi');
    const table = page.getByRole('table', { name: /chia theo Nhóm tuổi/ });
    await expect(table).toBeVisible();
    await expect(table.getByRole('row').nth(1)).toBeVisible();
  });

  await test.step('the XLSX of the commune holds its summary and breakdown, with small counts withheld', async () => {
    const workbook = new Workbook();
    const xlsx = await download(page, 'Tải Excel (XLSX)');
    await workbook.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0].slice(0, COLUMNS.length)).toEqual(COLUMNS);
    expect(rows.filter((r) => r[0] === 'Tổng hợp').map((r) => r[1])).toContain('Phường Ba Đình');
    expect(rows.some((r) => r[0] === 'Chia theo nhóm')).toBe(true);
    expectSuppressed(rows.slice(1).flatMap((r) => [r[5], r[6]]));
  });

  await test.step('the printed report drops the menu and names the area, year and date', async () => {
    await page.emulateMedia({ media: 'print' });
    const heading = page.locator('.print-heading');
    await expect(heading).toBeVisible();
    await expect(heading).toContainText('Báo cáo chỉ số Công dân học tập — Phường Ba Đình — năm');
    await expect(heading).toContainText(/In ngày \d{2}\/\d{2}\/\d{4}/);
    await expect(page.getByRole('button', { name: 'Tải CSV' })).toBeHidden();
    await expect(page.getByRole('article', { name: /^K0 / })).toBeVisible();
    await expect(page.getByRole('article', { name: /^K2 / })).toBeVisible();
    await expect(page.locator('.app-toolbar')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await expect(heading).toBeHidden();
  });

  await test.step('the analyst goes back up to the whole city', async () => {
    await page.getByRole('button', { name: 'Về toàn thành phố' }).click();
    await expect(page.getByRole('table', { name: /^Xếp hạng theo/ }).getByRole('row')).toHaveCount(127);
  });
});

test("a commune's own analyst sees its residential groups, with small counts withheld", async ({ browser }) => {
  await test.step("an admin makes Ba Đình's officer an analyst of Ba Đình", async () => {
    const admin = await openAs(browser, 'admin');
    await navigate(admin, 'Quản trị');
    await admin.getByLabel('Tìm người dùng (họ tên, tên đăng nhập hoặc đủ 12 số định danh)').fill('Phạm Thu Trang');
    await admin.getByRole('button', { name: 'Tìm', exact: true }).click();
    await admin.getByRole('button', { name: 'Chọn Phạm Thu Trang (chi hội khuyến học) để cấp vai trò' }).click();
    await choose(admin, 'Vai trò', 'Cán bộ theo dõi chỉ số');
    await autocomplete(admin, 'Khu vực', 'ba dinh', 'Phường Ba Đình');
    await admin.getByRole('button', { name: 'Cấp vai trò', exact: true }).click();
    await expect(admin.getByText('Đã cấp vai trò.')).toBeVisible();
  });

  const page = await openAs(browser, 'verifier');
  await navigate(page, 'Bảng chỉ số');

  await test.step('the dashboard opens on Ba Đình with its groups and no city ranking', async () => {
    await expect(page.getByRole('heading', { name: /^Phường Ba Đình — năm/ })).toBeVisible();
    const groups = page.getByRole('table', { name: /^Chỉ số các tổ dân phố, thôn của Phường Ba Đình/ });
    await expect(groups).toBeVisible();
    await expect(groups.getByRole('row').nth(1)).toBeVisible();
    await expect(groups.getByText(/< 10/).first()).toBeVisible();
    await expect(page.getByRole('table', { name: /^Xếp hạng theo/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Về toàn thành phố' })).toHaveCount(0);
  });

  await test.step('the CSV carries the groups as withheld on screen', async () => {
    const rows = parseCsv((await download(page, 'Tải CSV')).toString('utf8').replace(/^\uFEFF/, ''));
    const groups = rows.filter((r) => r[0] === 'Tổ dân phố, thôn');
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.some((r) => r[5] === '< 10' || r[6] === '< 10')).toBe(true);
    expectSuppressed(rows.slice(1).flatMap((r) => [r[5], r[6]]));
  });
});

import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { Workbook } from 'exceljs';
import { readFile } from 'node:fs/promises';
import { expectNoCspViolations, navigate, openAs } from './support';

test.afterEach(expectNoCspViolations);

const YEAR = new Date().getFullYear();
/** Xã Tiến Thắng: no demo data, so its roster is the one this test imports. */
const TIEN_THANG = '08995';

/** Twelve made-up officials' ID numbers (province 030, men born 1975), nobody's account. */
const officials = Array.from({ length: 12 }, (_, i) => `030075${String(400_100 + i).padStart(6, '0')}`);

test('an admin imports population figures with one bad row, sees it reported, then a roster that moves K2', async ({
  browser,
}) => {
  const page = await openAs(browser, 'admin');
  await navigate(page, 'Nạp số liệu');
  await expect(page.getByRole('heading', { name: 'Nạp số liệu dân số và danh sách', level: 1 })).toBeVisible();

  await test.step('a population file with one bad row is refused, the row shown and its report downloadable', async () => {
    await page.getByRole('radio', { name: /Số liệu dân số/ }).check();
    const csv = ['commune_code,year,adults', `00004,${YEAR},41000`, `99999,${YEAR},12`, `00008,${YEAR},38500`].join(
      '\n',
    );
    await page.getByLabel('Tệp CSV hoặc Excel (.xlsx)').setInputFiles({
      name: 'dan-so.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.getByRole('button', { name: 'Nạp tệp' }).click();
    await expect(page.getByRole('heading', { name: '1 dòng chưa hợp lệ' })).toBeVisible();
    const row = page.getByRole('row', { name: /Không có xã\/phường mã "99999"/ });
    await expect(row).toBeVisible();
    await expect(row.getByRole('rowheader')).toHaveText('3');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải báo cáo lỗi (CSV)' }).click(),
    ]);
    const report = await readFile((await download.path())!, 'utf-8');
    expect(report).toContain('3,"Không có xã/phường mã ""99999""."');
  });

  await test.step('the corrected file goes in whole', async () => {
    const csv = ['commune_code,year,adults', `00004,${YEAR},41000`, `00008,${YEAR},38500`].join('\n');
    await page.getByLabel('Tệp CSV hoặc Excel (.xlsx)').setInputFiles({
      name: 'dan-so.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.getByRole('button', { name: 'Nạp tệp' }).click();
    await expect(page.getByText('Đã nạp 2 dòng.')).toBeVisible();
    await expect(page.getByRole('heading', { name: /dòng chưa hợp lệ/ })).toHaveCount(0);
  });

  await test.step('a roster of a learning unit, as Excel, gives the commune its K2 over the roster', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    sheet.addRow(['commune_code', 'year', 'unit_type', 'unit_name', 'citizen_id']);
    officials.forEach((id, i) => sheet.addRow([TIEN_THANG, YEAR, i < 6 ? 'agency' : 'school', `Đơn vị ${i % 2}`, id]));
    await page.getByRole('radio', { name: /Danh sách cán bộ trong đơn vị học tập/ }).check();
    await page.getByLabel('Tệp CSV hoặc Excel (.xlsx)').setInputFiles({
      name: 'danh-sach.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
    });
    await page.getByRole('button', { name: 'Nạp tệp' }).click();
    await expect(page.getByText('Đã nạp 12 dòng.')).toBeVisible();
    const table = page.getByRole('table', { name: 'Chỉ số K2 của từng xã/phường trước và sau khi nạp' });
    const row = table.getByRole('row', { name: new RegExp(`Xã Tiến Thắng \\(${YEAR}\\)`) });
    await expect(row.getByRole('cell')).toHaveText(['12', 'chưa có danh sách', '< 10 / 12']);
  });

  await test.step('a shorter roster for the same commune and year replaces it, and K2 follows', async () => {
    const csv = [
      'commune_code,year,unit_type,unit_name,citizen_id',
      ...officials.slice(0, 5).map((id) => `${TIEN_THANG},${YEAR},enterprise,"Công ty A, chi nhánh 1",${id}`),
    ].join('\n');
    await page.getByLabel('Tệp CSV hoặc Excel (.xlsx)').setInputFiles({
      name: 'danh-sach.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.getByRole('button', { name: 'Nạp tệp' }).click();
    await expect(page.getByText('Đã nạp 5 dòng.')).toBeVisible();
    const row = page.getByRole('row', { name: new RegExp(`Xã Tiến Thắng \\(${YEAR}\\)`) });
    await expect(row.getByRole('cell')).toHaveText(['5', '< 10 / 12', '< 10 / 5']);
  });

  await test.step('an association roster, chosen and sent from the keyboard', async () => {
    const population = page.getByRole('radio', { name: /Số liệu dân số/ });
    await expect(population).toBeVisible();
    await population.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: /Hội Khuyến học \(chỉ số K0\)/ })).toBeChecked();
    const csv = ['commune_code,year,role,citizen_id', `${TIEN_THANG},${YEAR},official,${officials[0]}`].join('\n');
    await page.getByLabel('Tệp CSV hoặc Excel (.xlsx)').setInputFiles({
      name: 'hoi-vien.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    const send = page.getByRole('button', { name: 'Nạp tệp' });
    await send.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Đã nạp 1 dòng.')).toBeVisible();
    const row = page.getByRole('table', { name: /Chỉ số K0/ }).getByRole('row', { name: /Xã Tiến Thắng/ });
    await expect(row.getByRole('cell')).toHaveText(['1', 'chưa có danh sách', '< 10 / 1']);
  });

  await test.step('the page, with its results, has no serious accessibility problems', async () => {
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});

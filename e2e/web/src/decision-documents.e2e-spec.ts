import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { expectNoCspViolations, navigate, openAs } from './support';
import { recognisedCitizen } from './titles';

test.afterEach(expectNoCspViolations);

test('an approver finds the decision from the menu and downloads it as PDF and its list as a spreadsheet', async ({
  browser,
  request,
}) => {
  const { fullName, number, groupName } = await recognisedCitizen(request);
  const page = await openAs(browser, 'approver');
  await navigate(page, 'Quyết định');
  await expect(page).toHaveURL(/\/officer\/decisions$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Quyết định công nhận' })).toBeVisible();
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: `Quyết định số ${number}` }) });
  await expect(card).toContainText('Lê Văn Ký');
  await expect(card).toContainText('1 người');

  const pdfButton = card.getByRole('button', { name: `Tải quyết định số ${number} (PDF)` });
  await expect(pdfButton).toBeVisible();
  const [pdf] = await Promise.all([page.waitForEvent('download'), pdfButton.click()]);
  expect(pdf.suggestedFilename()).toMatch(/^quyet-dinh-\d+-QD-UBND\.pdf$/);
  expect((await readFile(await pdf.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // By keyboard, as a screen-reader user would: focus the spreadsheet button and press Enter.
  const xlsxButton = card.getByRole('button', { name: `Tải danh sách kèm quyết định số ${number} (Excel)` });
  await expect(xlsxButton).toBeEnabled();
  await xlsxButton.focus();
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(xlsx.suggestedFilename()).toMatch(/^danh-sach-\d+-QD-UBND\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(await readFile(await xlsx.path())).buffer);
  const [sheet] = book.worksheets;
  expect(sheet.name).toBe('Danh sách');
  expect(String(sheet.getCell(4, 1).value)).toContain(`Quyết định số ${number}`);
  expect((sheet.getRow(5).values as unknown[]).slice(1, 3)).toEqual(['STT', 'Họ và tên']);
  expect(sheet.rowCount).toBe(6);
  const row = (sheet.getRow(6).values as unknown[]).slice(1);
  expect(row.slice(0, 6)).toEqual([1, fullName, undefined, 1985, groupName, 80]);
  expect(row[6]).toMatch(/^[A-Z2-9]{10}$/);
});

test('a citizen has no menu link to the decisions, and the page sends them to sign in as an officer', async ({
  browser,
  request,
}) => {
  const { person } = await recognisedCitizen(request);
  const page = await openAs(browser, person.id, person.password);
  const nav = page.getByRole('navigation');
  await page.getByRole('button', { name: 'Mở menu điều hướng' }).click();
  await expect(nav.getByRole('link', { name: 'Hồ sơ danh hiệu', exact: true })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Quyết định', exact: true })).toHaveCount(0);
  await page.goto('/officer/decisions');
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Fofficer%2Fdecisions$/);
  await expect(page.getByRole('heading', { name: 'Quyết định công nhận' })).toHaveCount(0);
});

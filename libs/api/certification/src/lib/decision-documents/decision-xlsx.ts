import ExcelJS from 'exceljs';
import { ANNEX_COLUMNS, annexRows, annexTitle } from './decision-annex';
import type { DecisionFacts } from './decision-facts';

/** Where the annex's table starts, so that a program can read the sheet back (docs/decision-documents.md). */
export const ANNEX_HEADER_ROW = 5;

/**
 * The annex as the Learning Promotion Association's spreadsheet: the association and the national heading, the
 * title, then one header row and one row per person. Numbers stay numbers, so totals can be summed in the sheet.
 */
export async function decisionXlsx(d: DecisionFacts): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Cổng Công dân học tập';
  const sheet = book.addWorksheet('Danh sách', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const last = ANNEX_COLUMNS.length;
  const [title, subtitle] = annexTitle(d.year, d.number, d.signedOn, d.communeName);
  const line = (row: number, from: number, to: number, text: string, bold = false) => {
    sheet.mergeCells(row, from, row, to);
    const c = sheet.getCell(row, from);
    c.value = text;
    c.font = { bold };
    c.alignment = { horizontal: 'center', wrapText: true };
  };
  line(1, 1, 4, `HỘI KHUYẾN HỌC ${d.communeName.toUpperCase()}`, true);
  line(1, 5, last, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true);
  line(2, 5, last, 'Độc lập – Tự do – Hạnh phúc', true);
  line(3, 1, last, title, true);
  line(4, 1, last, subtitle);
  ANNEX_COLUMNS.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width));
  const header = sheet.getRow(ANNEX_HEADER_ROW);
  header.values = ANNEX_COLUMNS.map((c) => c.header);
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  for (const row of annexRows(d.people)) sheet.addRow(row);
  const border = { style: 'thin' as const };
  for (let r = ANNEX_HEADER_ROW; r <= sheet.rowCount; r++)
    for (let c = 1; c <= last; c++)
      sheet.getCell(r, c).border = { top: border, left: border, bottom: border, right: border };
  sheet.views = [{ state: 'frozen', ySplit: ANNEX_HEADER_ROW }];
  return Buffer.from(await book.xlsx.writeBuffer());
}

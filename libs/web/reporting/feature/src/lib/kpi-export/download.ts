import { ExportTable, toCsv } from './export-table';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function csvBlob(table: ExportTable): Blob {
  return new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' });
}

/** exceljs is large, so it loads only when someone asks for a spreadsheet. */
export async function xlsxBlob(table: ExportTable): Promise<Blob> {
  const exceljs = await import('exceljs');
  // The browser build is a UMD bundle, whose exports the bundler puts on `default`.
  const { Workbook } = (exceljs as unknown as { default?: typeof exceljs }).default ?? exceljs;
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(table.title.slice(0, 31));
  sheet.addRow(table.columns).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => (column.width = i < 5 ? 24 : 12));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: XLSX_TYPE });
}

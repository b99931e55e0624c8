import { Workbook, type CellValue } from 'exceljs';
import type { ImportFileRequest, ImportProblem } from '@lc/shared-contracts';

/** Rows of cells as text, the header first; `line` is each row's number in the file, for the error report. */
export interface ImportTable {
  rows: { line: number; cells: string[] }[];
}

/** Excel turns a code typed as a number ("00004") into 4; these columns get their leading zeros back. */
export type ZeroPadded = Record<string, number>;

const ZIP_MAGIC = 'PK';

/** Reads a CSV or an XLSX import into rows of trimmed cells; a file it cannot read is one problem on line 1. */
export async function readImportTable(
  file: ImportFileRequest,
  padded: ZeroPadded = {},
): Promise<ImportTable | ImportProblem> {
  if (file.xlsx !== undefined) return readXlsx(file.xlsx, padded);
  return { rows: readCsv(file.csv ?? '') };
}

/**
 * CSV as spreadsheets write it: comma or semicolon between cells, cells in double quotes may hold either and `""`,
 * an optional byte-order mark, CRLF or LF. Blank lines are skipped; each row keeps its line number.
 */
export function readCsv(text: string): ImportTable['rows'] {
  const rows: ImportTable['rows'] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (line.trim() !== '') rows.push({ line: i + 1, cells: splitCsvLine(line) });
    });
  return rows;
}

function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === ',' || c === ';') {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

async function readXlsx(base64: string, padded: ZeroPadded): Promise<ImportTable | ImportProblem> {
  const bytes = Buffer.from(base64, 'base64');
  const unreadable = { line: 1, message: 'Không đọc được tệp Excel (.xlsx). Hãy lưu lại dưới dạng .xlsx hoặc .csv.' };
  if (bytes.subarray(0, 2).toString('latin1') !== ZIP_MAGIC) return unreadable;
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return unreadable;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return unreadable;
  const rows: ImportTable['rows'] = [];
  let header: string[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const values = row.values as CellValue[];
    const cells: string[] = [];
    for (let col = 1; col < values.length; col++) cells.push(cellText(values[col], padded[header[col - 1] ?? '']));
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    if (cells.length === 0) return;
    if (rows.length === 0) header = cells.map((c) => c.toLowerCase());
    rows.push({ line, cells });
  });
  return { rows };
}

/** A cell as the person sees it: formulas by their result, rich text joined, whole numbers without a decimal. */
function cellText(value: CellValue, width: number | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    const text = Number.isInteger(value) ? value.toFixed(0) : String(value);
    return width && /^\d+$/.test(text) ? text.padStart(width, '0') : text;
  }
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('result' in value) return cellText(value.result as CellValue, width);
  if ('richText' in value)
    return value.richText
      .map((t) => t.text)
      .join('')
      .trim();
  if ('text' in value) return String(value.text).trim();
  return '';
}

/** The problems as a CSV the person can download, fix and send again. */
export function problemReport(problems: ImportProblem[]): string {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return ['line,message', ...problems.map((p) => `${p.line},${quote(p.message)}`)].join('\n');
}

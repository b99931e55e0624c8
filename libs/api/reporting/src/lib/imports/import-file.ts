import type { ImportFileRequest, ImportProblem } from '@lc/shared-contracts';
import { invalid } from '@lc/api-shared';
import { type ImportTable, problemReport, readImportTable, type ZeroPadded } from './import-table';

/** The refusal of a whole import: every problem, and the same as a CSV to download; nothing was kept. */
export function importRefused(problems: ImportProblem[]) {
  return invalid('IMPORT_INVALID', `${problems.length} dòng chưa hợp lệ; chưa nạp dòng nào. Sửa rồi gửi lại cả tệp.`, {
    problems,
    report: problemReport(problems),
  });
}

/** The file's rows, or the refusal when it is not one readable CSV or XLSX. */
export async function importRows(file: ImportFileRequest, padded: ZeroPadded): Promise<ImportTable['rows']> {
  if ((file.csv === undefined) === (file.xlsx === undefined))
    throw invalid('IMPORT_FILE_REQUIRED', 'Gửi đúng một tệp: CSV hoặc Excel (.xlsx).');
  const table = await readImportTable(file, padded);
  if ('message' in table) throw importRefused([table]);
  return table.rows;
}

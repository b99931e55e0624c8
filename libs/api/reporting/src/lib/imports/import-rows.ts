import type { ImportProblem } from '@lc/shared-contracts';
import type { ImportTable } from './import-table';

/** A commune the importer knows: its id and whether the person importing may set its figures. */
export interface ImportableCommune {
  id: string;
  allowed: boolean;
}

/**
 * The frame every import shares: the header must be exactly `header`, each later row is read by `readRow` (a string
 * is that row's problem), at most `maxRows` rows, and a file without rows is a problem too.
 */
export function readImportRows<T>(
  table: ImportTable['rows'],
  header: string[],
  maxRows: number,
  readRow: (cells: string[], line: number) => T | string,
): { rows: T[]; problems: ImportProblem[] } {
  const rows: T[] = [];
  const problems: ImportProblem[] = [];
  const [first, ...body] = table;
  const names = (first?.cells ?? []).map((h) => h.toLowerCase());
  if (header.some((h, i) => names[i] !== h) || names.length > header.length)
    return { rows, problems: [{ line: first?.line ?? 1, message: `Dòng tiêu đề phải là: ${header.join(',')}.` }] };
  for (const { line, cells } of body) {
    if (rows.length + problems.length >= maxRows) {
      problems.push({ line, message: `Mỗi lần nạp tối đa ${maxRows} dòng; hãy chia tệp.` });
      break;
    }
    const read = cells.slice(header.length).some((c) => c !== '')
      ? `Dòng có nhiều hơn ${header.length} cột.`
      : readRow(cells, line);
    if (typeof read === 'string') problems.push({ line, message: read });
    else rows.push(read);
  }
  if (rows.length === 0 && problems.length === 0) problems.push({ line: 1, message: 'Tệp không có dòng số liệu nào.' });
  return { rows, problems };
}

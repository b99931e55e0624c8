import type { ImportProblem } from '@lc/shared-contracts';
import { type ImportTable, readCsv } from './imports/import-table';
import { type ImportableCommune, readImportRows } from './imports/import-rows';

export { problemReport } from './imports/import-table';
export type { ImportableCommune } from './imports/import-rows';

export interface PopulationRow {
  areaId: string;
  year: number;
  adults: number;
}

export const MAX_POPULATION_ROWS = 5000;
export const POPULATION_HEADER = ['commune_code', 'year', 'adults'];
/** Hà Nội's largest ward has well under a million adults; a figure past this is a typo, not a ward. */
const MAX_ADULTS = 5_000_000;

/**
 * Reads population figures (`commune_code,year,adults`) row by row. Every bad row is reported in Vietnamese with its
 * line; the caller keeps nothing unless the list of problems is empty.
 */
export function readPopulationRows(
  table: ImportTable['rows'],
  communes: Map<string, ImportableCommune>,
  years: { min: number; max: number },
): { rows: PopulationRow[]; problems: ImportProblem[] } {
  const seen = new Map<string, number>();
  return readImportRows(table, POPULATION_HEADER, MAX_POPULATION_ROWS, (cells, line) => {
    const [code = '', yearText = '', adultsText = ''] = cells;
    const commune = communes.get(code);
    if (!commune) return `Không có xã/phường mã "${code}".`;
    if (!commune.allowed) return `Xã/phường ${code} nằm ngoài địa bàn bạn quản lý.`;
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
    if (!(year >= years.min && year <= years.max)) return `Năm phải từ ${years.min} đến ${years.max}.`;
    const adults = /^\d+$/.test(adultsText) ? Number(adultsText) : NaN;
    if (!(adults >= 0 && adults <= MAX_ADULTS))
      return `Số người lớn phải là số nguyên từ 0 đến ${MAX_ADULTS.toLocaleString('vi-VN')}.`;
    const first = seen.get(`${commune.id}/${year}`);
    if (first !== undefined) return `Trùng xã/phường và năm với dòng ${first}.`;
    seen.set(`${commune.id}/${year}`, line);
    return { areaId: commune.id, year, adults };
  });
}

/** A population CSV's text, read as {@link readPopulationRows} reads any import. */
export function readPopulationCsv(
  text: string,
  communes: Map<string, ImportableCommune>,
  years: { min: number; max: number },
): { rows: PopulationRow[]; problems: ImportProblem[] } {
  return readPopulationRows(readCsv(text), communes, years);
}

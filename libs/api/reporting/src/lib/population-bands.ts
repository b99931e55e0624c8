import type { ImportProblem } from '@lc/shared-contracts';
import type { ImportTable } from './imports/import-table';
import { type ImportableCommune, readImportRows } from './imports/import-rows';
import { MAX_POPULATION_ROWS, type PopulationRow } from './population-csv';

export const POPULATION_BAND_HEADER = ['commune_code', 'year', 'sex', 'age_band', 'adults'];
const SEXES: Record<string, string> = { female: 'nữ', male: 'nam' };
const MAX_BAND_ADULTS = 5_000_000;

export interface PopulationBandRow extends PopulationRow {
  sex: string;
  ageBand: string;
}

/** The band names of a rule's lower bounds, as the rollups name them: 18, 25, …, 65 → "18-24", …, "65+". */
export function ageBandNames(bounds: number[]): string[] {
  return bounds.map((b, i) => (i === bounds.length - 1 ? `${b}+` : `${b}-${bounds[i + 1] - 1}`));
}

/**
 * Reads population figures by sex and age band (`commune_code,year,sex,age_band,adults`), the bands being those of
 * the KPI rule of the year, so that they line up with the breakdown's counts. A commune and year's total is the sum
 * of its rows ({@link bandTotals}).
 */
export function readPopulationBandRows(
  table: ImportTable['rows'],
  communes: Map<string, ImportableCommune>,
  bandsByYear: Map<number, string[]>,
): { rows: PopulationBandRow[]; problems: ImportProblem[] } {
  const seen = new Map<string, number>();
  const years = [...bandsByYear.keys()];
  return readImportRows(table, POPULATION_BAND_HEADER, MAX_POPULATION_ROWS, (cells, line) => {
    const [code = '', yearText = '', sex = '', ageBand = '', adultsText = ''] = cells;
    const commune = communes.get(code);
    if (!commune) return `Không có xã/phường mã "${code}".`;
    if (!commune.allowed) return `Xã/phường ${code} nằm ngoài địa bàn bạn quản lý.`;
    const year = Number(yearText);
    const bands = bandsByYear.get(year);
    if (!/^\d{4}$/.test(yearText) || !bands)
      return `Năm phải từ ${Math.min(...years)} đến ${Math.max(...years)} (các năm có quy tắc tính chỉ số).`;
    if (!(sex in SEXES)) return `Giới tính phải là female (nữ) hoặc male (nam).`;
    if (!bands.includes(ageBand)) return `Nhóm tuổi năm ${year} phải là một trong: ${bands.join(', ')}.`;
    const adults = /^\d+$/.test(adultsText) ? Number(adultsText) : NaN;
    if (!(adults >= 0 && adults <= MAX_BAND_ADULTS))
      return `Số người phải là số nguyên từ 0 đến ${MAX_BAND_ADULTS.toLocaleString('vi-VN')}.`;
    const key = `${commune.id}/${year}/${sex}/${ageBand}`;
    const first = seen.get(key);
    if (first !== undefined) return `Trùng xã/phường, năm, giới tính và nhóm tuổi với dòng ${first}.`;
    seen.set(key, line);
    return { areaId: commune.id, year, sex, ageBand, adults };
  });
}

/** Each commune and year's total over its bands: K1's denominator, as a file without bands would give it. */
export function bandTotals(rows: PopulationBandRow[]): PopulationRow[] {
  const totals = new Map<string, PopulationRow>();
  for (const r of rows) {
    const key = `${r.areaId}/${r.year}`;
    const total = totals.get(key) ?? { areaId: r.areaId, year: r.year, adults: 0 };
    total.adults += r.adults;
    totals.set(key, total);
  }
  return [...totals.values()];
}

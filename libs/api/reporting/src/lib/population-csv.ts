import type { ImportProblem } from '@lc/shared-contracts';

export interface PopulationRow {
  areaId: string;
  year: number;
  adults: number;
}

/** A commune the importer knows: its id and whether the person importing may set its figures. */
export interface ImportableCommune {
  id: string;
  allowed: boolean;
}

export const MAX_POPULATION_ROWS = 5000;
const HEADER = ['commune_code', 'year', 'adults'];
/** Hà Nội's largest ward has well under a million adults; a figure past this is a typo, not a ward. */
const MAX_ADULTS = 5_000_000;

/**
 * Reads a population CSV (`commune_code,year,adults`, comma or semicolon, an optional BOM) line by line. Every bad
 * line is reported in Vietnamese with its number; the caller keeps nothing unless the list of problems is empty.
 */
export function readPopulationCsv(
  text: string,
  communes: Map<string, ImportableCommune>,
  years: { min: number; max: number },
): { rows: PopulationRow[]; problems: ImportProblem[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const problems: ImportProblem[] = [];
  const rows: PopulationRow[] = [];
  const split = (line: string) => line.split(/[,;]/).map((cell) => cell.trim());
  const header = split(lines[0] ?? '').map((h) => h.toLowerCase());
  if (HEADER.some((h, i) => header[i] !== h)) {
    return { rows, problems: [{ line: 1, message: `Dòng tiêu đề phải là: ${HEADER.join(',')}.` }] };
  }
  const seen = new Map<string, number>();
  const readLine = (cells: string[], n: number): PopulationRow | string => {
    const [code = '', yearText = '', adultsText = '', ...rest] = cells;
    if (rest.some((c) => c !== '')) return 'Dòng có nhiều hơn 3 cột.';
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
    seen.set(`${commune.id}/${year}`, n);
    return { areaId: commune.id, year, adults };
  };
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    if (rows.length + problems.length >= MAX_POPULATION_ROWS) {
      problems.push({ line: i + 1, message: `Mỗi lần nạp tối đa ${MAX_POPULATION_ROWS} dòng.` });
      break;
    }
    const read = readLine(split(lines[i]), i + 1);
    if (typeof read === 'string') problems.push({ line: i + 1, message: read });
    else rows.push(read);
  }
  if (rows.length === 0 && problems.length === 0) problems.push({ line: 1, message: 'Tệp không có dòng số liệu nào.' });
  return { rows, problems };
}

/** The problems as a CSV the person can download, fix and send again. */
export function problemReport(problems: ImportProblem[]): string {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return ['line,message', ...problems.map((p) => `${p.line},${quote(p.message)}`)].join('\n');
}

import type { ImportProblem, RosterKind } from '@lc/shared-contracts';
import { CITIZEN_ID_PROBLEM_TEXT, citizenIdDigits, citizenIdProblem } from '@lc/shared-identity-util';
import type { ImportTable } from '../imports/import-table';
import { type ImportableCommune, readImportRows } from '../imports/import-rows';

/** One person on a roster: who (by citizen ID number), where and which year, and in which unit or role. */
export interface RosterRow {
  kind: RosterKind;
  communeId: string;
  year: number;
  citizenId: string;
  /** agency, school or enterprise (learning units); official or member (the association). */
  category: string;
  unitName: string | null;
}

/** A commune's officials in all its learning units fit well within this; a bigger file is split by commune. */
export const MAX_ROSTER_ROWS = 2000;

export const ROSTER_HEADERS: Record<RosterKind, string[]> = {
  learning_unit: ['commune_code', 'year', 'unit_type', 'unit_name', 'citizen_id'],
  association: ['commune_code', 'year', 'role', 'citizen_id'],
};

const CATEGORIES: Record<RosterKind, Record<string, string>> = {
  learning_unit: { agency: 'cơ quan', school: 'trường học', enterprise: 'doanh nghiệp' },
  association: { official: 'cán bộ hội', member: 'hội viên' },
};

/**
 * Reads a roster row by row. Rows never say whether a person is registered on the platform: only the number's own
 * structure is checked, so the error report cannot be used to find out who has an account.
 */
export function readRosterRows(
  kind: RosterKind,
  table: ImportTable['rows'],
  communes: Map<string, ImportableCommune>,
  years: { min: number; max: number },
): { rows: RosterRow[]; problems: ImportProblem[] } {
  const seen = new Map<string, number>();
  const categories = CATEGORIES[kind];
  return readImportRows(table, ROSTER_HEADERS[kind], MAX_ROSTER_ROWS, (cells, line) => {
    const [code = '', yearText = '', category = ''] = cells;
    const unitName = kind === 'learning_unit' ? (cells[3] ?? '') : null;
    const idText = cells[ROSTER_HEADERS[kind].length - 1] ?? '';
    const commune = communes.get(code);
    if (!commune) return `Không có xã/phường mã "${code}".`;
    if (!commune.allowed) return `Xã/phường ${code} nằm ngoài địa bàn bạn quản lý.`;
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
    if (!(year >= years.min && year <= years.max)) return `Năm phải từ ${years.min} đến ${years.max}.`;
    if (!(category in categories))
      return `Cột ${ROSTER_HEADERS[kind][2]} phải là một trong: ${Object.entries(categories)
        .map(([k, vi]) => `${k} (${vi})`)
        .join(', ')}.`;
    if (unitName !== null && !(unitName.length >= 2 && unitName.length <= 200))
      return 'Tên đơn vị cần từ 2 đến 200 ký tự.';
    const citizenId = citizenIdDigits(idText);
    const problem = citizenIdProblem(citizenId);
    if (problem === 'length' && /^\d{9,11}$/.test(citizenId))
      return `${CITIZEN_ID_PROBLEM_TEXT.length.vi} Nếu Excel đã bỏ số 0 ở đầu, hãy định dạng cột citizen_id là Văn bản.`;
    if (problem) return CITIZEN_ID_PROBLEM_TEXT[problem].vi;
    const key = `${commune.id}/${year}/${citizenId}`;
    const first = seen.get(key);
    if (first !== undefined) return `Người này đã có ở dòng ${first} (cùng xã/phường và năm).`;
    seen.set(key, line);
    return { kind, communeId: commune.id, year, citizenId, category, unitName };
  });
}

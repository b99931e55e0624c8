import type { Gender } from '@lc/shared-contracts';

/** What the annex needs of one recognised application and its holder. */
export interface AnnexPerson {
  fullName: string;
  birthYear: number | null;
  gender: Gender | null;
  groupName: string | null;
  total: number;
  certificateCode: string;
  validUntil: string;
  revokedAt: Date | null;
}

/** One row of the annex, in the order and meaning of ANNEX_COLUMNS. */
export type AnnexRow = [number, string, number | null, number | null, string, number, string, string, string];

/**
 * The columns of the list a commune's Learning Promotion Association (Hội Khuyến học) files with its reports: birth
 * year split by sex as on its paper forms, then the village or residential group, the total score, and what makes
 * the line checkable (certificate code, validity). Documented in docs/decision-documents.md and docs/adr/0014.
 */
export const ANNEX_COLUMNS = [
  { header: 'STT', width: 6 },
  { header: 'Họ và tên', width: 28 },
  { header: 'Năm sinh (Nam)', width: 10 },
  { header: 'Năm sinh (Nữ)', width: 10 },
  { header: 'Thôn/Tổ dân phố', width: 22 },
  { header: 'Tổng điểm', width: 9 },
  { header: 'Mã giấy chứng nhận', width: 16 },
  { header: 'Có giá trị đến', width: 12 },
  { header: 'Ghi chú', width: 24 },
] as const;

const dmy = (day: string) => day.split('-').reverse().join('/');

const givenName = (fullName: string) => fullName.trim().split(/\s+/).pop() ?? '';
const vi = (a: string, b: string) => a.localeCompare(b, 'vi');

/** Rows by given name, then full name, in Vietnamese order: as Vietnamese lists of people are read out. */
export function annexRows(people: AnnexPerson[]): AnnexRow[] {
  const sorted = [...people].sort(
    (a, b) =>
      vi(givenName(a.fullName), givenName(b.fullName)) ||
      vi(a.fullName, b.fullName) ||
      a.certificateCode.localeCompare(b.certificateCode),
  );
  return sorted.map((p, i) => [
    i + 1,
    p.fullName,
    p.gender === 'male' ? p.birthYear : null,
    p.gender === 'male' ? null : p.birthYear,
    p.groupName ?? '',
    p.total,
    p.certificateCode,
    dmy(p.validUntil),
    note(p),
  ]);
}

function note(p: AnnexPerson): string {
  const parts = [
    p.gender === 'other' ? 'Giới tính: khác' : '',
    p.revokedAt ? `Đã thu hồi ngày ${dmy(isoDay(p.revokedAt))}` : '',
  ];
  return parts.filter(Boolean).join('; ');
}

const isoDay = (at: Date) => at.toISOString().slice(0, 10);

/** The annex's title lines, shared by the PDF and the spreadsheet. */
export function annexTitle(year: number, number: string, signedOn: string, communeName: string): [string, string] {
  return [
    `DANH SÁCH CÔNG DÂN ĐƯỢC CÔNG NHẬN DANH HIỆU "CÔNG DÂN HỌC TẬP" NĂM ${year}`,
    `(Kèm theo Quyết định số ${number} ngày ${dmy(signedOn)} của Ủy ban nhân dân ${communeName})`,
  ];
}

import { AnnexPerson, annexRows, annexTitle, ANNEX_COLUMNS } from './decision-annex';

const person = (over: Partial<AnnexPerson>): AnnexPerson => ({
  fullName: 'Nguyễn Văn An',
  birthYear: 1980,
  gender: 'male',
  groupName: 'Tổ dân phố 3',
  total: 82,
  certificateCode: 'ABCDEFGHJK',
  validUntil: '2027-12-31',
  revokedAt: null,
  ...over,
});

describe('annexRows', () => {
  it('numbers people by given name in Vietnamese order and puts the birth year under their sex', () => {
    const rows = annexRows([
      person({ fullName: 'Trần Thị Bình', gender: 'female', birthYear: 1990, certificateCode: 'BBBBBBBBBB' }),
      person({ fullName: 'Đỗ Văn Cường', certificateCode: 'CCCCCCCCCC' }),
      person({ fullName: 'Lê Thị Ánh', gender: 'female', certificateCode: 'DDDDDDDDDD' }),
      person({}),
    ]);
    expect(rows.map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      [1, 'Nguyễn Văn An', 1980, null],
      [2, 'Lê Thị Ánh', null, 1980],
      [3, 'Trần Thị Bình', null, 1990],
      [4, 'Đỗ Văn Cường', 1980, null],
    ]);
    expect(rows[0]).toHaveLength(ANNEX_COLUMNS.length);
    expect(rows[0].slice(4)).toEqual(['Tổ dân phố 3', 82, 'ABCDEFGHJK', '31/12/2027', '']);
  });

  it('notes a revoked title and a sex that is neither, and leaves a missing village blank', () => {
    const [row] = annexRows([
      person({ gender: 'other', groupName: null, revokedAt: new Date('2027-03-04T10:00:00Z') }),
    ]);
    expect(row[3]).toBe(1980);
    expect(row[4]).toBe('');
    expect(row[8]).toBe('Giới tính: khác; Đã thu hồi ngày 04/03/2027');
  });

  it('titles the annex with the year, the decision and the commune', () => {
    expect(annexTitle(2026, '15/QĐ-UBND', '2026-11-26', 'Phường Ba Đình')).toEqual([
      'DANH SÁCH CÔNG DÂN ĐƯỢC CÔNG NHẬN DANH HIỆU "CÔNG DÂN HỌC TẬP" NĂM 2026',
      '(Kèm theo Quyết định số 15/QĐ-UBND ngày 26/11/2026 của Ủy ban nhân dân Phường Ba Đình)',
    ]);
  });
});

import { resolve } from 'node:path';
import { loadFormerUnits } from './load-former-units';

describe('loadFormerUnits', () => {
  const rows = loadFormerUnits(resolve(__dirname, '../../../../../data/hanoi-unit-conversion-2025.csv'));

  it('reads every old-to-new pair of the table, quoted notes included', () => {
    expect(rows).toHaveLength(795);
    expect(new Set(rows.map((r) => r.oldUnitCode)).size).toBe(526);
  });

  it('keeps where Phường Kim Mã went: in part into three wards', () => {
    const kimMa = rows.filter((r) => r.oldUnitName === 'Phường Kim Mã');
    expect(kimMa.map((r) => r.communeId).sort()).toEqual(['00004', '00008', '00025']);
    expect(kimMa.every((r) => r.oldDistrictName === 'Quận Ba Đình' && !r.whole)).toBe(true);
    expect(rows.find((r) => r.oldUnitName === 'Phường Giảng Võ')).toMatchObject({ communeId: '00025', whole: true });
  });
});

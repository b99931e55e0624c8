import { readFileSync } from 'node:fs';
import type { AreaFormerUnitEntity } from './area-former-unit.entity';
import { csvRows } from './csv-rows';

/** Reads data/hanoi-unit-conversion-2025.csv (the official old-to-new table of July 2025) into rows. */
export function loadFormerUnits(csvPath: string): AreaFormerUnitEntity[] {
  const [header, ...rows] = csvRows(readFileSync(csvPath, 'utf8'));
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${csvPath} has no column ${name}`);
    return i;
  };
  const [commune, code, name, district, note] = [
    'new_unit_code',
    'old_unit_code',
    'old_unit_name',
    'old_district_name',
    'merge_note',
  ].map(col);
  return rows.map((r) => ({
    communeId: r[commune],
    oldUnitCode: r[code],
    oldUnitName: r[name],
    oldDistrictName: r[district],
    // "Nhập một phần diện tích, toàn bộ dân số": part of the land but every resident, which is what an address means.
    whole: r[note].trim() === 'Nhập toàn bộ' || r[note].includes('toàn bộ dân số'),
  }));
}

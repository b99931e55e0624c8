import { readFileSync } from 'node:fs';
import type { AreaEntity } from './area.entity';

const CITY_ID = '01';

/**
 * Reads data/hanoi-units-2025.csv (official codes; no commas inside fields) into area rows:
 * the city first, then its communes and wards.
 */
export function loadHanoiUnits(csvPath: string): AreaEntity[] {
  const [header, ...lines] = readFileSync(csvPath, 'utf8').trim().split(/\r?\n/);
  const cols = header.split(',');
  const at = (row: string[], name: string) => row[cols.indexOf(name)];
  const rows = lines.map((l) => l.split(',')).filter((r) => at(r, 'province_code') === CITY_ID);
  if (rows.length === 0) throw new Error(`No Hà Nội units in ${csvPath}`);
  const city: AreaEntity = {
    id: CITY_ID,
    code: CITY_ID,
    name: at(rows[0], 'province_name'),
    kind: 'province',
    unitType: at(rows[0], 'province_type'),
    parentId: null,
    path: CITY_ID,
  };
  return [
    city,
    ...rows.map((r) => ({
      id: at(r, 'unit_code'),
      code: at(r, 'unit_code'),
      name: at(r, 'unit_name'),
      kind: 'commune' as const,
      unitType: at(r, 'unit_type'),
      parentId: CITY_ID,
      path: `${CITY_ID}.${at(r, 'unit_code')}`,
    })),
  ];
}

import { makeCitizenId } from '@lc/shared-identity-util';
import { readCsv } from '../imports/import-table';
import type { ImportableCommune } from '../imports/import-rows';
import { readRosterRows } from './roster-rows';

const communes = new Map<string, ImportableCommune>([
  ['00004', { id: '00004', allowed: true }],
  ['00025', { id: '00025', allowed: false }],
]);
const years = { min: 2021, max: 2035 };
const lan = makeCitizenId(1985, 'female', 1);
const minh = makeCitizenId(1970, 'male', 2);

describe('readRosterRows', () => {
  it("reads a learning unit's officials, unit names with commas in quotes, ID numbers with spaces", () => {
    const csv = [
      'commune_code,year,unit_type,unit_name,citizen_id',
      `00004,2026,school,"Trường THCS Ba Đình, Hà Nội",${lan.replace(/(\d{3})/g, '$1 ')}`,
      `00004;2026;agency;UBND phường Ba Đình;${minh}`,
    ].join('\n');
    expect(readRosterRows('learning_unit', readCsv(csv), communes, years)).toEqual({
      rows: [
        {
          kind: 'learning_unit',
          communeId: '00004',
          year: 2026,
          citizenId: lan,
          category: 'school',
          unitName: 'Trường THCS Ba Đình, Hà Nội',
        },
        {
          kind: 'learning_unit',
          communeId: '00004',
          year: 2026,
          citizenId: minh,
          category: 'agency',
          unitName: 'UBND phường Ba Đình',
        },
      ],
      problems: [],
    });
  });

  it('reports each bad row by its line and keeps none of the file', () => {
    const csv = [
      'commune_code,year,role,citizen_id',
      `00004,2026,member,${lan}`,
      `00025,2026,member,${minh}`,
      `00004,2019,member,${minh}`,
      `00004,2026,chairman,${minh}`,
      `00004,2026,member,1185000001`,
      `00004,2026,member,12345678901X`,
      `00004,2026,official,${lan}`,
    ].join('\n');
    const { rows, problems } = readRosterRows('association', readCsv(csv), communes, years);
    expect(rows).toHaveLength(1);
    expect(problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(problems[0].message).toContain('ngoài địa bàn');
    expect(problems[2].message).toContain('official (cán bộ hội), member (hội viên)');
    expect(problems[3].message).toContain('Văn bản');
    expect(problems[4].message).toContain('12 chữ số');
    expect(problems[5].message).toBe('Người này đã có ở dòng 2 (cùng xã/phường và năm).');
  });

  it('asks for the header of its own kind of roster', () => {
    const { problems } = readRosterRows(
      'association',
      readCsv(`commune_code,year,adults\n00004,2026,1`),
      communes,
      years,
    );
    expect(problems).toEqual([{ line: 1, message: 'Dòng tiêu đề phải là: commune_code,year,role,citizen_id.' }]);
  });
});

import { ImportableCommune, problemReport, readPopulationCsv } from './population-csv';

const communes = new Map<string, ImportableCommune>([
  ['00004', { id: '00004', allowed: true }],
  ['00008', { id: '00008', allowed: true }],
  ['00025', { id: '00025', allowed: false }],
]);
const years = { min: 2021, max: 2035 };
const read = (text: string) => readPopulationCsv(text, communes, years);

describe('readPopulationCsv', () => {
  it('reads adults per commune and year, with a BOM, semicolons and blank lines', () => {
    expect(read('\uFEFFcommune_code;year;adults\r\n00004;2025;41000\n\n00008,2025, 38500\n')).toEqual({
      rows: [
        { areaId: '00004', year: 2025, adults: 41000 },
        { areaId: '00008', year: 2025, adults: 38500 },
      ],
      problems: [],
    });
  });

  it('reports every bad line by its number, and keeps reading after one', () => {
    const { problems } = read(
      [
        'commune_code,year,adults',
        '00004,2025,41000',
        '99999,2025,1',
        '00025,2025,1',
        '00008,1999,1',
        '00008,2025,-3',
        '00008,2025,12.5',
        '00004,2025,40000',
        '00008,2026,1,extra',
      ].join('\n'),
    );
    expect(problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(problems[0].message).toContain('99999');
    expect(problems[1].message).toContain('ngoài địa bàn');
    expect(problems[5].message).toBe('Trùng xã/phường và năm với dòng 2.');
  });

  it('refuses a file without the header, or without figures', () => {
    expect(read('xa,nam,so\n00004,2025,1').problems).toEqual([
      { line: 1, message: 'Dòng tiêu đề phải là: commune_code,year,adults.' },
    ]);
    expect(read('commune_code,year,adults\n').problems[0].message).toContain('không có dòng');
  });
});

describe('problemReport', () => {
  it('is a CSV with the line and the message, quotes doubled', () => {
    expect(problemReport([{ line: 3, message: 'Không có xã "X".' }])).toBe('line,message\n3,"Không có xã ""X""."');
  });
});

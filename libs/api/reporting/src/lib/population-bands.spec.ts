import { readCsv } from './imports/import-table';
import { ageBandNames, bandTotals, readPopulationBandRows } from './population-bands';

const communes = new Map([
  ['00004', { id: '00004', allowed: true }],
  ['00008', { id: '00008', allowed: true }],
]);
const bands = new Map([[2026, ageBandNames([18, 25, 35, 45, 55, 65])]]);

describe('population figures by sex and age band', () => {
  it("names the bands as the rollups do, from the rule's lower bounds", () => {
    expect(ageBandNames([18, 25, 65])).toEqual(['18-24', '25-64', '65+']);
  });

  it('reads one row per commune, year, sex and band, and totals each commune and year', () => {
    const csv = [
      'commune_code,year,sex,age_band,adults',
      '00004,2026,female,18-24,1200',
      '00004,2026,male,65+,800',
      '00008,2026,male,25-34,50',
    ].join('\n');
    const { rows, problems } = readPopulationBandRows(readCsv(csv), communes, bands);
    expect(problems).toEqual([]);
    expect(bandTotals(rows)).toEqual([
      { areaId: '00004', year: 2026, adults: 2000 },
      { areaId: '00008', year: 2026, adults: 50 },
    ]);
  });

  it('refuses sexes, bands and years the KPIs cannot line up with, and repeated rows', () => {
    const csv = [
      'commune_code,year,sex,age_band,adults',
      '00004,2026,other,18-24,1',
      '00004,2026,female,18-30,1',
      '00004,2019,female,18-24,1',
      '00004,2026,female,18-24,1',
      '00004,2026,female,18-24,2',
    ].join('\n');
    const { problems } = readPopulationBandRows(readCsv(csv), communes, bands);
    expect(problems.map((p) => p.line)).toEqual([2, 3, 4, 6]);
    expect(problems[1].message).toContain('18-24, 25-34');
    expect(problems[3].message).toContain('dòng 5');
  });
});

import { foldText } from '@lc/shared-contracts';
import { personQuery, VI_ACCENTED, VI_PLAIN } from './person-search';

describe('foldText', () => {
  it('drops Vietnamese diacritics and case, whichever way the text was composed', () => {
    expect(foldText('Nguyễn Thị Lan')).toBe('nguyen thi lan');
    expect(foldText('ĐỖ MAI ANH')).toBe('do mai anh');
    expect(foldText('Hoà'.normalize('NFD'))).toBe(foldText('Hòa'));
  });

  it('gives the database one plain letter for every accented one', () => {
    expect([...VI_PLAIN]).toHaveLength([...VI_ACCENTED].length);
    expect(VI_PLAIN).toMatch(/^[a-z]+$/);
  });
});

describe('personQuery', () => {
  it('looks up a whole citizen ID exactly, however it is grouped', () => {
    expect(personQuery('001185000001')).toEqual({ kind: 'citizenId', citizenId: '001185000001' });
    expect(personQuery(' 001 185 000 001 ')).toEqual({ kind: 'citizenId', citizenId: '001185000001' });
    expect(personQuery('001.185.000.001')).toEqual({ kind: 'citizenId', citizenId: '001185000001' });
  });

  it('never matches part of a citizen ID', () => {
    for (const part of ['00118500000', '0011', '185000001', '0011850000012']) {
      expect(personQuery(part)).toEqual({ kind: 'none' });
    }
  });

  it('folds a name for an accent-insensitive search, and ignores an empty one', () => {
    expect(personQuery('  Do  Mai Anh ')).toEqual({ kind: 'name', folded: 'do mai anh' });
    expect(personQuery('Đỗ Mai')).toEqual({ kind: 'name', folded: 'do mai' });
    expect(personQuery('   ')).toEqual({ kind: 'none' });
  });
});

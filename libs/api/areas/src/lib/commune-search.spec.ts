import { resolve } from 'node:path';
import { foldText } from '@lc/shared-contracts';
import { searchCommunes } from './commune-search';
import { loadFormerUnits } from './load-former-units';
import { loadHanoiUnits } from './load-hanoi-units';

describe('searchCommunes', () => {
  const data = resolve(__dirname, '../../../../../data');
  const communes = loadHanoiUnits(`${data}/hanoi-units-2025.csv`).filter((u) => u.kind === 'commune');
  const former = loadFormerUnits(`${data}/hanoi-unit-conversion-2025.csv`);
  const names = (query: string) => searchCommunes(query, communes, former).map((h) => h.commune.name);

  it('finds a commune by its own name, without diacritics or the unit type', () => {
    expect(names('ba dinh')[0]).toBe('Phường Ba Đình');
    expect(names('Phường Giảng Võ')[0]).toBe('Phường Giảng Võ');
    expect(names('giang vo')[0]).toBe('Phường Giảng Võ');
  });

  it('finds the wards that took in a former ward, saying which and how', () => {
    const hits = searchCommunes('Kim Mã', communes, former);
    expect(hits.map((h) => h.commune.name)).toEqual(['Phường Ba Đình', 'Phường Giảng Võ', 'Phường Ngọc Hà']);
    expect(hits[1].formerUnits).toEqual([
      expect.objectContaining({ oldUnitName: 'Phường Kim Mã', oldDistrictName: 'Quận Ba Đình', whole: false }),
    ]);
  });

  it('finds the successors of a former district, and reads common abbreviations', () => {
    const wards = names('quận Ba Đình');
    expect(wards).toEqual(
      expect.arrayContaining(['Phường Ba Đình', 'Phường Giảng Võ', 'Phường Ngọc Hà', 'Phường Hoàn Kiếm']),
    );
    expect(wards).not.toContain('Phường Cầu Giấy');
    expect(names('P. Kim Mã, Q. Ba Đình')).toEqual(names('kim ma ba dinh'));
    expect(names('p. kim ma')).toContain('Phường Giảng Võ');
  });

  it('puts own-name matches before former names, and explains only the latter', () => {
    const hits = searchCommunes('ba dinh', communes, former);
    expect(hits[0]).toMatchObject({ commune: { name: 'Phường Ba Đình' }, formerUnits: [] });
    expect(hits.slice(1).every((h) => h.formerUnits.length > 0)).toBe(true);
  });

  it('answers nothing for less than two letters, and nothing for what no unit is called', () => {
    expect(names('a')).toEqual([]);
    expect(names('  ')).toEqual([]);
    expect(names('zzz không có')).toEqual([]);
  });

  it('folds tone marks wherever they sit', () => {
    expect(foldText('Ứng Hòa')).toBe(foldText('ứng hoà'));
    expect(foldText('Đống Đa')).toBe('dong da');
  });
});

import { foldText } from './fold-text';

describe('foldText', () => {
  it('drops tone marks and vowel marks in either Unicode form, and folds đ/Đ to d', () => {
    expect(foldText('Nguyễn Thị Lan')).toBe('nguyen thi lan');
    expect(foldText('Ứng Hòa')).toBe(foldText('ứng hoà'));
    expect(foldText('Đống Đa'.normalize('NFD'))).toBe('dong da');
  });

  it('keeps spacing as it is (callers trim or collapse it as their search needs)', () => {
    expect(foldText('  Ba  Đình ')).toBe('  ba  dinh ');
  });
});

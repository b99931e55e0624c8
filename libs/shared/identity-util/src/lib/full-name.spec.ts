import { FULL_NAME_LENGTH_TEXT, FULL_NAME_MAX_LENGTH, FULL_NAME_MIN_LENGTH, fullNameLengthOk } from './full-name';

describe('fullNameLengthOk', () => {
  it('accepts names from the shortest to the longest allowed', () => {
    expect(fullNameLengthOk('a'.repeat(FULL_NAME_MIN_LENGTH))).toBe(true);
    expect(fullNameLengthOk('Nguyễn Thị Lan')).toBe(true);
    expect(fullNameLengthOk('a'.repeat(FULL_NAME_MAX_LENGTH))).toBe(true);
  });

  it('refuses a name too short or one character too long', () => {
    expect(fullNameLengthOk('')).toBe(false);
    expect(fullNameLengthOk('a'.repeat(FULL_NAME_MIN_LENGTH - 1))).toBe(false);
    expect(fullNameLengthOk('a'.repeat(FULL_NAME_MAX_LENGTH + 1))).toBe(false);
  });

  it('names the limits in both languages', () => {
    expect(FULL_NAME_MAX_LENGTH).toBe(100);
    expect(FULL_NAME_LENGTH_TEXT.vi).toBe('Họ và tên cần từ 2 đến 100 ký tự.');
    expect(FULL_NAME_LENGTH_TEXT.en).toContain('100');
  });
});

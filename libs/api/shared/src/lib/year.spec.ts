import { DomainError } from './domain-error';
import { parseYear, ParseYearPipe } from './year';

describe(parseYear.name, () => {
  it('reads four-digit years from 2000 to 2100', () => {
    expect(parseYear('2000')).toBe(2000);
    expect(parseYear('2026')).toBe(2026);
    expect(parseYear('2100')).toBe(2100);
  });

  it('takes the number a global pipe already made of the parameter', () => {
    expect(parseYear(2026)).toBe(2026);
    for (const n of [1e20, 2026.5, Number.NaN, 1999]) expect(parseYear(n)).toBeNull();
  });

  it('refuses anything else', () => {
    for (const raw of ['1999', '2101', '99999999999999999999', '1e3', '2026.0', ' 2026', '-2026', '', '0x7E8'])
      expect(parseYear(raw)).toBeNull();
    expect(parseYear(undefined)).toBeNull();
  });
});

describe(ParseYearPipe.name, () => {
  const sut = new ParseYearPipe();

  it('passes a year on as a number and refuses others with 400 YEAR_INVALID', () => {
    expect(sut.transform('2026')).toBe(2026);
    expect(() => sut.transform('99999999999999999999')).toThrow(DomainError);
    expect(() => sut.transform('1')).toThrow(expect.objectContaining({ code: 'YEAR_INVALID', status: 400 }));
  });
});

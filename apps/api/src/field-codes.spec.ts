import { fieldKind } from './field-codes';

describe(fieldKind.name, () => {
  const args = (table: Record<string, unknown[]>) => (name: string) => table[name] ?? [];

  it('calls an empty value required, whatever rule caught it', () => {
    for (const value of [undefined, null, ''])
      expect(fieldKind(['isString', 'isLength'], value, args({ isLength: [2, 100] }))).toEqual({
        code: 'FIELD_REQUIRED',
      });
  });

  it('tells which bound of a length the value crossed, with that bound', () => {
    const length = args({ isLength: [2, 100] });
    expect(fieldKind(['isLength'], 'A', length)).toEqual({ code: 'FIELD_TOO_SHORT', limit: 2 });
    expect(fieldKind(['isLength'], 'x'.repeat(101), length)).toEqual({ code: 'FIELD_TOO_LONG', limit: 100 });
  });

  it('gives the limit of one-sided rules', () => {
    expect(fieldKind(['maxLength'], 'long', args({ maxLength: [3] }))).toEqual({ code: 'FIELD_TOO_LONG', limit: 3 });
    expect(fieldKind(['arrayMinSize'], [1], args({ arrayMinSize: [5] }))).toEqual({ code: 'FIELD_TOO_FEW', limit: 5 });
    expect(fieldKind(['max'], 2020, args({ max: [2011] }))).toEqual({ code: 'FIELD_TOO_LARGE', limit: 2011 });
    expect(fieldKind(['min'], 1800, args({ min: [1900] }))).toEqual({ code: 'FIELD_TOO_SMALL', limit: 1900 });
  });

  it('tells the most basic problem first', () => {
    expect(fieldKind(['max', 'isInt', 'min'], 'abc', args({ max: [5] }))).toEqual({ code: 'FIELD_NOT_A_NUMBER' });
    expect(fieldKind(['matches', 'isIn'], 'x', args({}))).toEqual({ code: 'FIELD_NOT_A_CHOICE' });
    expect(fieldKind(['maxLength', 'isString'], 5, args({ maxLength: [3] }))).toEqual({ code: 'FIELD_BAD_FORMAT' });
  });

  it('keeps a rule of our own general', () => {
    expect(fieldKind(['isPlainName'], 'A\u202Eb', args({}))).toEqual({ code: 'FIELD_INVALID' });
    expect(fieldKind(['matches'], '12', args({}))).toEqual({ code: 'FIELD_BAD_FORMAT' });
  });
});

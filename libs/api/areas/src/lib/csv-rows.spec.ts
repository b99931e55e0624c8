import { csvRows } from './csv-rows';

describe('csvRows', () => {
  it('splits plain and quoted fields, skipping blank lines', () => {
    expect(csvRows('a,b,c\r\n1,"x, y",3\n\n4,"say ""hi""",\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', '3'],
      ['4', 'say "hi"', ''],
    ]);
  });

  it('refuses a quote that never closes', () => {
    expect(() => csvRows('a,"b\n')).toThrow(/Unclosed quote/);
  });
});

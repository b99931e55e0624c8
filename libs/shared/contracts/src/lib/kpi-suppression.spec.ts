import { suppressed } from './kpi-suppression';

describe('suppressed', () => {
  it('shows counts of 10 people and more as they are', () => {
    expect(suppressed({ code: 'K1', numerator: 10, denominator: 40, value: 0.25 })).toEqual({
      code: 'K1',
      numerator: 10,
      denominator: 40,
      value: 0.25,
      suppressed: false,
    });
  });
  it('withholds a count under 10, zero included, and the value that would reveal it', () => {
    expect(suppressed({ code: 'K3', numerator: 9, denominator: 40, value: 0.225 })).toEqual({
      code: 'K3',
      numerator: null,
      denominator: 40,
      value: null,
      suppressed: true,
    });
    expect(suppressed({ code: 'K4', numerator: 0, denominator: 12, value: 0 })).toMatchObject({
      numerator: null,
      value: null,
      suppressed: true,
    });
    expect(suppressed({ code: 'K1', numerator: 3, denominator: 7, value: 3 / 7 })).toMatchObject({
      numerator: null,
      denominator: null,
      suppressed: true,
    });
  });
});

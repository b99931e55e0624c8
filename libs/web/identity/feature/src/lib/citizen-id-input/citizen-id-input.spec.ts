import { reformatKeepingCaret } from './citizen-id-input';

describe(reformatKeepingCaret.name, () => {
  it('groups the digits and keeps the caret at the end while typing', () => {
    expect(reformatKeepingCaret('0011', 4)).toEqual({ value: '001 1', caret: 5 });
    expect(reformatKeepingCaret('001 1852', 8)).toEqual({ value: '001 185 2', caret: 9 });
  });

  it('keeps the caret after the same digit when editing in the middle', () => {
    // "001 85" with "1" typed after "001 ": the caret follows the new digit.
    expect(reformatKeepingCaret('001 185', 5)).toEqual({ value: '001 185', caret: 5 });
    expect(reformatKeepingCaret('0011 85', 4)).toEqual({ value: '001 185', caret: 5 });
  });

  it('turns pasted spaces, dots and dashes into the grouping, and leaves letters as typed', () => {
    expect(reformatKeepingCaret('001.185-001234', 14).value).toBe('001 185 001 234');
    expect(reformatKeepingCaret('001a', 4)).toEqual({ value: '001a', caret: 4 });
  });
});

import { hasAnswer, moveEntry, pairsOf, shownOrder } from './answer-rules';

describe('item answer rules', () => {
  it('moves an entry up or down, never past the ends', () => {
    expect(moveEntry(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveEntry(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveEntry(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveEntry(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('shows a saved order only when it is complete', () => {
    expect(shownOrder(['a', 'b', 'c'], ['c', 'a', 'b'])).toEqual(['c', 'a', 'b']);
    expect(shownOrder(['a', 'b', 'c'], ['c', 'a'])).toEqual(['a', 'b', 'c']);
    expect(shownOrder(['a', 'b', 'c'], undefined)).toEqual(['a', 'b', 'c']);
  });

  it('knows an empty answer', () => {
    expect(hasAnswer(null)).toBe(false);
    expect(hasAnswer({ optionIds: [], text: '  ' })).toBe(false);
    expect(hasAnswer({ optionIds: [], text: 'OTP' })).toBe(true);
    expect(hasAnswer({ optionIds: [], point: { x: 0, y: 0 } })).toBe(true);
    expect(hasAnswer({ optionIds: [], pairs: [{ left: 'l1', right: 'r1' }] })).toBe(true);
  });

  it('pairs only the chosen matches', () => {
    expect(pairsOf({ l1: 'r2', l2: '', l3: 'r1' })).toEqual([
      { left: 'l1', right: 'r2' },
      { left: 'l3', right: 'r1' },
    ]);
  });
});

import { shownOrder } from './shown-order';

describe(shownOrder.name, () => {
  const c = (id: string, vi: string) => ({ id, text: { vi } });
  it('never shows the key as the order, and shows the same order every time', () => {
    const keyed = [c('a', 'An'), c('b', 'Bình'), c('c', 'Cúc')];
    expect(shownOrder(keyed).map((x) => x.id)).toEqual(['b', 'c', 'a']);
    expect(shownOrder([c('a', 'Z'), c('b', 'A')]).map((x) => x.id)).toEqual(['b', 'a']);
  });
});

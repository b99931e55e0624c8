import { questionCountOf } from './published-tests';

describe(questionCountOf.name, () => {
  it('counts a fixed test by its items and a drawn test by its blueprint', () => {
    expect(questionCountOf({ itemIds: ['a', 'b', 'c'], blueprint: null })).toBe(3);
    expect(questionCountOf({ itemIds: [], blueprint: [] })).toBe(0);
    const blueprint = [
      { competence: '1.1', levels: [1, 2], count: 4 },
      { competence: '2.1', levels: [2], count: 6 },
    ];
    expect(questionCountOf({ itemIds: [], blueprint })).toBe(10);
  });
});

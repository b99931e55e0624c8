import { drawFromBlueprint } from './blueprint-draw';

const bank = [
  { id: 'a', competence: '1.1', level: 1 },
  { id: 'b', competence: '1.1', level: 2 },
  { id: 'c', competence: '1.1', level: 3 },
  { id: 'd', competence: '4.2', level: 1 },
  { id: 'e', competence: '4.2', level: 2 },
];

describe('drawFromBlueprint', () => {
  it('draws the asked number per row from the right competence and levels', () => {
    const ids = drawFromBlueprint(
      [
        { competence: '1.1', levels: [1, 2], count: 2 },
        { competence: '4.2', levels: [1], count: 1 },
      ],
      bank,
    );
    expect(ids.slice(0, 2).sort()).toEqual(['a', 'b']);
    expect(ids[2]).toBe('d');
  });
  it('varies with the random source', () => {
    const row = [{ competence: '1.1', levels: [1, 2, 3], count: 1 }];
    expect(drawFromBlueprint(row, bank, () => 0)).not.toEqual(drawFromBlueprint(row, bank, () => 0.99));
  });
  it('refuses when the bank is too small', () => {
    expect(() => drawFromBlueprint([{ competence: '6.1', levels: [1], count: 1 }], bank)).toThrow(/0 items for 6.1/);
  });
});

import { admitStream } from './stream-limits';

describe(admitStream.name, () => {
  const limits = { perPerson: 3, perProcess: 10 };

  it('admits while both the person and the process are under their limits', () => {
    expect(admitStream(0, 0, limits)).toBe('admit');
    expect(admitStream(2, 9, limits)).toBe('admit');
  });

  it("ends a person's oldest stream rather than refusing their newest tab", () => {
    expect(admitStream(3, 5, limits)).toBe('replace-oldest');
    // Replacing adds nothing, so a full process still lets a person swap one of their own streams.
    expect(admitStream(3, 10, limits)).toBe('replace-oldest');
  });

  it('refuses a new stream when the process is full', () => {
    expect(admitStream(0, 10, limits)).toBe('refuse');
    expect(admitStream(2, 11, limits)).toBe('refuse');
  });
});

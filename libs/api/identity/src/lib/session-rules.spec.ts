import { AuthState, sessionEnded } from './session-rules';

const state = (sessionVersion = 2, endedFamilies: string[] = []): AuthState => ({
  user: { id: 'u-1', fullName: 'Lan', grants: [] },
  sessionVersion,
  endedFamilies,
});

describe(sessionEnded.name, () => {
  it('keeps a token of the current version whose sign-in is still open', () => {
    expect(sessionEnded(state(2), { sub: 'u-1', sv: 2, fam: 'f-1' })).toBe(false);
  });

  it('ends tokens of an older version, of an ended sign-in, or of a disabled or unknown person', () => {
    expect(sessionEnded(state(3), { sub: 'u-1', sv: 2, fam: 'f-1' })).toBe(true);
    expect(sessionEnded(state(2, ['f-1']), { sub: 'u-1', sv: 2, fam: 'f-1' })).toBe(true);
    expect(sessionEnded(null, { sub: 'u-1', sv: 2 })).toBe(true);
  });

  it('reads a token without a version as version 0, so tokens from before the upgrade live until bumped', () => {
    expect(sessionEnded(state(0), { sub: 'u-1' })).toBe(false);
    expect(sessionEnded(state(1), { sub: 'u-1' })).toBe(true);
  });
});

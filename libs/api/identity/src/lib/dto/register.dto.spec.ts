import { validateSync } from 'class-validator';
import { FULL_NAME_LENGTH_TEXT, FULL_NAME_MAX_LENGTH } from '@lc/shared-identity-util';
import { RegisterDto } from './register.dto';

const problems = (fullName: string) =>
  validateSync(
    Object.assign(new RegisterDto(), {
      fullName,
      citizenId: '001185001234',
      birthYear: 1985,
      gender: 'female',
      communeId: '00004',
      groupId: 'g1',
      populationGroup: 'farmers',
      password: 'mat-khau-1',
    }),
  ).flatMap((e) => (e.property === 'fullName' ? Object.values(e.constraints ?? {}) : [`${e.property} refused`]));

describe('RegisterDto fullName', () => {
  it('accepts a name of the shared maximum length', () => {
    expect(problems('a'.repeat(FULL_NAME_MAX_LENGTH))).toEqual([]);
  });

  it('refuses one character more with the shared words', () => {
    expect(problems('a'.repeat(FULL_NAME_MAX_LENGTH + 1))).toEqual([FULL_NAME_LENGTH_TEXT.vi]);
  });

  it('refuses a one-letter name', () => {
    expect(problems('a')).toEqual([FULL_NAME_LENGTH_TEXT.vi]);
  });
});

import { validateSync } from 'class-validator';
import { BIRTH_YEAR_TEXT, FULL_NAME_LENGTH_TEXT, FULL_NAME_MAX_LENGTH } from '@lc/shared-identity-util';
import { RegisterDto } from './register.dto';

const problems = (fullName: string, birthYear = 1985) =>
  validateSync(
    Object.assign(new RegisterDto(), {
      fullName,
      citizenId: '001185001234',
      birthYear,
      gender: 'female',
      communeId: '00004',
      groupId: 'g1',
      populationGroup: 'farmers',
      password: 'mat-khau-1',
    }),
  ).flatMap((e) =>
    ['fullName', 'birthYear'].includes(e.property) ? Object.values(e.constraints ?? {}) : [`${e.property} refused`],
  );

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

describe('RegisterDto birthYear', () => {
  afterEach(() => jest.useRealTimers());

  it('lets in those who turn 15 from the first minute of the new year in Vietnam, without a restart', () => {
    jest.useFakeTimers({ now: new Date('2026-12-31T16:30:00Z') });
    expect(problems('Nguyễn Thị Lan', 2012)).toEqual([BIRTH_YEAR_TEXT.too_young.vi]);
    expect(problems('Nguyễn Thị Lan', 2011)).toEqual([]);
    jest.setSystemTime(new Date('2026-12-31T17:30:00Z'));
    expect(problems('Nguyễn Thị Lan', 2012)).toEqual([]);
  });
});

import {
  CITIZEN_ID_PROBLEM_TEXT,
  citizenIdDigits,
  citizenIdProblem,
  formatCitizenId,
  makeCitizenId,
} from './citizen-id';

describe('citizenIdProblem', () => {
  it('accepts a number that fits birth year and sex', () => {
    expect(citizenIdProblem('001085001234', 1985, 'male')).toBeNull();
    expect(citizenIdProblem('001185001234', 1985, 'female')).toBeNull();
    expect(citizenIdProblem('079302001234', 2002, 'female')).toBeNull();
  });

  it.each([
    ['12345678901', 'length'],
    ['0011850012345', 'length'],
    ['', 'length'],
    ['00108500123a', 'digits'],
    ['001 085 001 234', 'digits'],
    ['000085001234', 'province'],
    ['099085001234', 'province'],
    ['001585001234', 'century'],
    ['001086001234', 'birthYear'],
    ['001185001234', 'sex'],
  ])('refuses %p: %s', (id, problem) => {
    expect(citizenIdProblem(id, 1985, 'male')).toBe(problem);
  });

  it('accepts either sex digit for gender "other"', () => {
    expect(citizenIdProblem('001185001234', 1985, 'other')).toBeNull();
  });

  it('checks only the structure while birth year and gender are not known yet', () => {
    expect(citizenIdProblem('001185001234')).toBeNull();
    expect(citizenIdProblem('001185001234', null, null)).toBeNull();
    expect(citizenIdProblem('001585001234')).toBe('century');
    expect(citizenIdProblem('001185001234', 1985)).toBeNull();
    expect(citizenIdProblem('001185001234', 1986)).toBe('birthYear');
  });

  it('makes numbers that pass', () => {
    expect(citizenIdProblem(makeCitizenId(1990, 'female', 42), 1990, 'female')).toBeNull();
    expect(citizenIdProblem(makeCitizenId(2004, 'male', 7), 2004, 'male')).toBeNull();
  });

  it('words every problem in Vietnamese and English', () => {
    for (const text of Object.values(CITIZEN_ID_PROBLEM_TEXT)) {
      expect(text.vi.length).toBeGreaterThan(10);
      expect(text.en.length).toBeGreaterThan(10);
    }
  });
});

describe('citizenIdDigits and formatCitizenId', () => {
  it('drops the spaces, dots and dashes people put between groups, and nothing else', () => {
    expect(citizenIdDigits(' 001 185-001.234 ')).toBe('001185001234');
    expect(citizenIdDigits('00118500123a')).toBe('00118500123a');
  });

  it('groups digits in threes as they are typed', () => {
    expect(formatCitizenId('0')).toBe('0');
    expect(formatCitizenId('0011')).toBe('001 1');
    expect(formatCitizenId('001185001234')).toBe('001 185 001 234');
    expect(formatCitizenId('001 18500-1234')).toBe('001 185 001 234');
  });

  it('keeps extra digits and letters, so that the check can name them instead of cutting them', () => {
    expect(formatCitizenId('0011850012345')).toBe('001 185 001 234 5');
    expect(formatCitizenId('0011a')).toBe('0011a');
  });
});

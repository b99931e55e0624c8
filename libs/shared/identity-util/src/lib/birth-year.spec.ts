import { birthYearProblem, latestBirthYear, yearInVietnam } from './birth-year';

describe('birth year at registration', () => {
  it('takes people from the year they turn 15', () => {
    expect(latestBirthYear(2026)).toBe(2011);
    expect(birthYearProblem(2011, 2026)).toBeNull();
    expect(birthYearProblem(1900, 2026)).toBeNull();
  });

  it('refuses the young, and years that cannot be a birth year', () => {
    expect(birthYearProblem(2012, 2026)).toBe('too_young');
    expect(birthYearProblem(2026, 2026)).toBe('too_young');
    expect(birthYearProblem(2027, 2026)).toBe('not_a_year');
    expect(birthYearProblem(1899, 2026)).toBe('not_a_year');
    expect(birthYearProblem(1990.5, 2026)).toBe('not_a_year');
  });

  it("counts the year in Vietnam, whatever the clock's zone", () => {
    expect(yearInVietnam(new Date('2026-12-31T16:59:59Z'))).toBe(2026);
    expect(yearInVietnam(new Date('2026-12-31T17:00:00Z'))).toBe(2027);
  });
});

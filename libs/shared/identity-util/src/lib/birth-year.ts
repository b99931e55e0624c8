/**
 * Who may register, by birth year: the programme counts adults, and the platform takes people from the year they
 * turn 15 (DOMAIN.md). The API refuses other years; the web form checks the same bounds before sending, so nothing
 * the browser accepts is refused by the server.
 */
export const EARLIEST_BIRTH_YEAR = 1900;
export const MIN_REGISTRATION_AGE = 15;

/**
 * The programme's calendar year at `now`. A person turns 15 on Vietnam's New Year, whatever the clock zone of the
 * server or of the phone; the API and the web form both ask it at each check, never once at start.
 */
export function yearInVietnam(now: Date): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(now));
}

/** The latest birth year of a person who may register in `year`: they turn 15 during it. */
export const latestBirthYear = (year: number): number => year - MIN_REGISTRATION_AGE;

export type BirthYearProblem = 'not_a_year' | 'too_young';

/** The words for each problem: the API answers with `vi`, the web shows the reader's language. */
export const BIRTH_YEAR_TEXT: Record<BirthYearProblem, { vi: string; en: string }> = {
  not_a_year: { vi: 'Năm sinh không hợp lệ.', en: 'This year of birth is not valid.' },
  too_young: {
    vi: `Người đăng ký phải từ ${MIN_REGISTRATION_AGE} tuổi trở lên.`,
    en: `You must be ${MIN_REGISTRATION_AGE} or older to register.`,
  },
};

/** What is wrong with `birthYear` for a registration in `year`, or null when it may register. */
export function birthYearProblem(birthYear: number, year: number): BirthYearProblem | null {
  if (!Number.isInteger(birthYear) || birthYear < EARLIEST_BIRTH_YEAR || birthYear > year) return 'not_a_year';
  return birthYear > latestBirthYear(year) ? 'too_young' : null;
}

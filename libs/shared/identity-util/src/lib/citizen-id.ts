import type { Gender } from '@lc/shared-contracts';

/**
 * Why a citizen ID number (số định danh cá nhân, Circular 59/2021/TT-BCA) cannot be this person's: 12 digits —
 * 3 for the province of birth registration (001–096), 1 for century and sex (0/1: 1900s male/female,
 * 2/3: 2000s male/female), 2 for the year of birth, 6 random.
 */
export type CitizenIdProblem = 'digits' | 'length' | 'province' | 'century' | 'birthYear' | 'sex';

export const CITIZEN_ID_LENGTH = 12;

/** The words for each problem: the API answers with `vi`, the web shows the reader's language. */
export const CITIZEN_ID_PROBLEM_TEXT: Record<CitizenIdProblem, { vi: string; en: string }> = {
  digits: {
    vi: 'Số định danh cá nhân chỉ gồm 12 chữ số, không có chữ cái hay ký hiệu.',
    en: 'The personal ID number is 12 digits, with no letters or symbols.',
  },
  length: {
    vi: 'Số định danh cá nhân phải gồm đúng 12 chữ số.',
    en: 'The personal ID number has exactly 12 digits.',
  },
  province: {
    vi: 'Ba số đầu của số định danh không phải mã tỉnh hợp lệ.',
    en: 'The first three digits of the ID number are not a province code.',
  },
  century: {
    vi: 'Chữ số thứ tư của số định danh không hợp lệ.',
    en: 'The fourth digit of the ID number is not valid.',
  },
  birthYear: {
    vi: 'Số định danh không khớp với năm sinh.',
    en: 'The ID number does not match the year of birth.',
  },
  sex: {
    vi: 'Số định danh không khớp với giới tính.',
    en: 'The ID number does not match the gender.',
  },
};

const SEPARATORS = /[\s.-]/g;

/** The number as people write it, without the spaces, dots or dashes between groups; nothing else is dropped. */
export function citizenIdDigits(input: string): string {
  return input.replace(SEPARATORS, '');
}

/**
 * Groups of three digits ("001 185 001 234"), for reading and typing. Anything that is not a digit is left as typed,
 * and extra digits are kept, so that the check can say what is wrong instead of the field cutting it silently.
 */
export function formatCitizenId(input: string): string {
  const digits = citizenIdDigits(input);
  if (!/^\d*$/.test(digits)) return input;
  return digits.replace(/(\d{3})(?=\d)/g, '$1 ');
}

/**
 * The first problem of `id` (digits only) for a person born in `birthYear` of `gender`, or null when it fits.
 * Without a birth year or gender (a form not yet filled in), only the number's own structure is checked.
 */
export function citizenIdProblem(
  id: string,
  birthYear?: number | null,
  gender?: Gender | null,
): CitizenIdProblem | null {
  if (!/^\d*$/.test(id)) return 'digits';
  if (id.length !== CITIZEN_ID_LENGTH) return 'length';
  const province = Number(id.slice(0, 3));
  if (province < 1 || province > 96) return 'province';
  const centuryDigit = Number(id[3]);
  const century = centuryDigit <= 1 ? 1900 : centuryDigit <= 3 ? 2000 : null;
  if (century === null) return 'century';
  if (birthYear != null && century + Number(id.slice(4, 6)) !== birthYear) return 'birthYear';
  const female = centuryDigit % 2 === 1;
  if ((gender === 'female' && !female) || (gender === 'male' && female)) return 'sex';
  return null;
}

/** Builds a number that passes the rule: for demo data and tests only. */
export function makeCitizenId(birthYear: number, gender: Gender, serial: number, province = 1): string {
  const centuryDigit = (birthYear >= 2000 ? 2 : 0) + (gender === 'female' ? 1 : 0);
  return `${String(province).padStart(3, '0')}${centuryDigit}${String(birthYear % 100).padStart(2, '0')}${String(serial).padStart(6, '0')}`;
}

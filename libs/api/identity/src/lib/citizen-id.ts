import type { Gender } from '@lc/shared-contracts';

/**
 * A Vietnamese citizen ID number (số định danh cá nhân, Circular 59/2021/TT-BCA): 12 digits —
 * 3 for the province of birth registration (001–096), 1 for century and sex (0/1: 1900s male/female,
 * 2/3: 2000s male/female), 2 for the year of birth, 6 random.
 * Returns the problem in Vietnamese, or null when the number fits the person.
 */
export function citizenIdProblem(id: string, birthYear: number, gender: Gender): string | null {
  if (!/^\d{12}$/.test(id)) return 'Số định danh cá nhân phải gồm đúng 12 chữ số.';
  const province = Number(id.slice(0, 3));
  if (province < 1 || province > 96) return 'Ba số đầu của số định danh không phải mã tỉnh hợp lệ.';
  const centuryDigit = Number(id[3]);
  const century = centuryDigit <= 1 ? 1900 : centuryDigit <= 3 ? 2000 : null;
  if (century === null) return 'Chữ số thứ tư của số định danh không hợp lệ.';
  if (century + Number(id.slice(4, 6)) !== birthYear) return 'Số định danh không khớp với năm sinh.';
  const female = centuryDigit % 2 === 1;
  if ((gender === 'female' && !female) || (gender === 'male' && female)) {
    return 'Số định danh không khớp với giới tính.';
  }
  return null;
}

/** Builds a number that passes the rule: for demo data and tests only. */
export function makeCitizenId(birthYear: number, gender: Gender, serial: number, province = 1): string {
  const centuryDigit = (birthYear >= 2000 ? 2 : 0) + (gender === 'female' ? 1 : 0);
  return `${String(province).padStart(3, '0')}${centuryDigit}${String(birthYear % 100).padStart(2, '0')}${String(serial).padStart(6, '0')}`;
}

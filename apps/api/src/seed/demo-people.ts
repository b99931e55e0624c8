import type { Gender, PopulationGroup } from '@lc/shared-contracts';

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE: Record<'female' | 'male', string[]> = {
  female: ['Thị', 'Thu', 'Ngọc', 'Minh', 'Thanh'],
  male: ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu'],
};
const GIVEN: Record<'female' | 'male', string[]> = {
  female: ['Lan', 'Hương', 'Mai', 'Hà', 'Linh', 'Trang', 'Huyền', 'Thảo', 'Yến', 'Nga', 'Phương', 'Hạnh'],
  male: ['Hùng', 'Dũng', 'Nam', 'Tuấn', 'Long', 'Sơn', 'Hải', 'Quân', 'Thắng', 'Khánh', 'Phúc', 'Bình'],
};
const GROUPS: PopulationGroup[] = ['farmers', 'workers', 'officials', 'other'];

/** A small deterministic generator, so every fresh start builds the same demo population. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DemoPerson {
  fullName: string;
  gender: Gender;
  birthYear: number;
  populationGroup: PopulationGroup;
}

export function demoPerson(random: () => number, thisYear: number): DemoPerson {
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const gender = random() < 0.52 ? 'female' : 'male';
  return {
    fullName: `${pick(FAMILY)} ${pick(MIDDLE[gender])} ${pick(GIVEN[gender])}`,
    gender,
    // Mostly adults; a few aged 16–17, so K1's "adults" is a real filter.
    birthYear: thisYear - (random() < 0.05 ? 16 + Math.floor(random() * 2) : 18 + Math.floor(random() * 55)),
    populationGroup: pick(GROUPS),
  };
}

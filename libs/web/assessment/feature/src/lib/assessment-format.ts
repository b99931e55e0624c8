/** "mm:ss", or "h:mm:ss" past an hour. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}

const BANDS: { levels: number[]; vi: string; en: string }[] = [
  { levels: [1, 2], vi: 'Cơ bản', en: 'Basic' },
  { levels: [3, 4], vi: 'Trung cấp', en: 'Intermediate' },
  { levels: [5, 6], vi: 'Nâng cao', en: 'Advanced' },
  { levels: [7, 8], vi: 'Chuyên sâu', en: 'Specialised' },
];

/** The band of a level (Circular 02/2025), used when the framework's own band names have not loaded. */
export function defaultBandName(level: number, lang: 'vi' | 'en'): string {
  return BANDS.find((b) => b.levels.includes(level))?.[lang] ?? '';
}

/** A date and time as people in Hà Nội read it, e.g. "14:05 10/12/2026". */
export function formatDateTime(iso: string, lang: 'vi' | 'en'): string {
  return new Date(iso).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    dateStyle: 'short',
    timeStyle: 'short',
  });
}

export function formatDate(iso: string, lang: 'vi' | 'en'): string {
  return new Date(iso).toLocaleDateString(lang === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: 'Asia/Ho_Chi_Minh' });
}

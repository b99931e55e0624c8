import { PROTOTYPE_KEYS, printableKey } from './body-hazard';
import { hasControlCharacter } from './text-hazards';

const QUERY_KEY = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/;

/** A problem with the path (route parameters included, as `%00`), for the caller; null when there is none. */
export function pathHazard(rawPath: string): string | null {
  for (const segment of rawPath.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return 'Đường dẫn có mã "%" không hợp lệ. Hãy kiểm tra lại đường dẫn.';
    }
    if (hasControlCharacter(decoded)) return 'Đường dẫn chứa ký tự điều khiển (như NUL) không được phép.';
  }
  return null;
}

/**
 * A problem with the query string: every parameter is one plain string under a plain name. No endpoint takes a
 * list or an object in the query, so `areaId[]=x`, a repeated `areaId` or `a[b]=c` is refused rather than read as
 * no filter at all (which once answered with the whole city).
 */
export function queryHazard(query: Record<string, unknown>): string | null {
  for (const [key, value] of Object.entries(query)) {
    if (!QUERY_KEY.test(key) || PROTOTYPE_KEYS.has(key))
      return `Tham số "${printableKey(key)}" không hợp lệ: tên tham số chỉ gồm chữ, số và dấu gạch, không dùng dạng mảng như "a[]".`;
    if (typeof value !== 'string') return `Tham số "${key}" chỉ được gửi một lần, với một giá trị.`;
    if (hasControlCharacter(value)) return `Tham số "${key}" chứa ký tự điều khiển (như NUL) không được phép.`;
  }
  return null;
}

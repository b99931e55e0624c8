/** Values and bodies no client of ours sends: the pieces of the hostile corpus. */

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `value` with every string, number or boolean replaced by `f` of it (the sample bodies are small). */
export function mapLeaves(value: unknown, f: (leaf: unknown) => unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => mapLeaves(v, f));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapLeaves(v, f)]));
  return f(value);
}

export function countStrings(value: unknown): number {
  let n = 0;
  mapLeaves(value, (leaf) => (typeof leaf === 'string' ? n++ : 0));
  return n;
}

export const onStrings = (f: (s: string) => unknown) => (leaf: unknown) => (typeof leaf === 'string' ? f(leaf) : leaf);
export const onNumbers = (f: (n: number) => unknown) => (leaf: unknown) => (typeof leaf === 'number' ? f(leaf) : leaf);

/** The same value as another JSON type: what a confused or hostile client sends. */
export function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return 'mười hai';
  if (typeof value === 'boolean') return 'true';
  if (Array.isArray(value)) return { 0: 'x' };
  if (isRecord(value)) return ['x'];
  return {};
}

/** JSON text with `keys` as members ahead of `body`'s: JSON.parse keeps `__proto__` as a plain key. */
export function withRawKeys(body: unknown, keys: [key: string, value: unknown][]): string {
  const members = keys.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
  const rest = isRecord(body) ? JSON.stringify(body).slice(1, -1) : '';
  return `{${[...members, ...(rest ? [rest] : [])].join(',')}}`;
}

/** Every object below the top gets prototype keys, as JSON text. */
export function withNestedPrototypeKeys(body: unknown): string | null {
  let found = false;
  const walk = (v: unknown, top: boolean): string => {
    if (Array.isArray(v)) return `[${v.map((x) => walk(x, false)).join(',')}]`;
    if (!isRecord(v)) return JSON.stringify(v);
    const members = Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}:${walk(x, false)}`);
    if (!top) {
      found = true;
      members.push('"constructor":8', '"__proto__":{"polluted":true}');
    }
    return `{${members.join(',')}}`;
  };
  const text = walk(body, true);
  return found ? text : null;
}

/** `levels` arrays inside each other, as text: JSON.parse takes it, a recursive walk overflows. */
export const deepArrays = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

export function deepObjects(levels: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < levels; i++) v = { a: v };
  return v;
}

/** JSON text with every number written as a 20-digit integer literal (beyond int8 and exact doubles). */
export const twentyDigits = (body: unknown) =>
  JSON.stringify(
    mapLeaves(
      body,
      onNumbers(() => '\u0001big'),
    ),
  ).replace(/"\\u0001big"/g, '99999999999999999999');

export const CONTROL_CHARS = '\u0007\u001b[31m\u007f\u0085';
export const BIDI = '\u202e\u2066';

/** Path parameter values, already percent-encoded where needed. */
export const HOSTILE_PARAMS = [
  '%00',
  '..',
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '%2e%2e',
  'a'.repeat(300),
  'not-a-uuid',
  '99999999999999999999',
  '-1',
  '1e308',
  '%E2%80%AE%E2%81%A6',
  '%C2%85',
  '%FF',
  "'%20OR%201=1--",
];

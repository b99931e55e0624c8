import { escapeControlCharacters, hasControlCharacter } from './text-hazards';

export const MAX_BODY_DEPTH = 32;

/** Keys that reach an object's prototype when copied naively; class-transformer even drops two of them silently. */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface BodyHazard {
  kind: 'depth' | 'prototype-key' | 'control-character';
  /** Where, as `scores.1.1` or `items.3.stem`; control characters escaped, long keys cut. */
  path: string;
}

/** A key as a person can read it in a message. */
export function printableKey(key: string): string {
  const escaped = escapeControlCharacters(key);
  return escaped.length > 40 ? `${escaped.slice(0, 40)}…` : escaped;
}

/**
 * The first thing in a request body that no handler should see: nesting deeper than `maxDepth`, a key naming the
 * prototype, or a control character in a key or a string (tab and line breaks pass in strings, which may be free
 * text). Walks with its own stack: a body nested 50 000 deep is refused instead of overflowing the call stack.
 */
export function bodyHazard(body: unknown, maxDepth = MAX_BODY_DEPTH): BodyHazard | null {
  // Paths are built only for the hazard found: a clean body of a hundred statements should cost a walk, no strings.
  const stack: [value: unknown, depth: number, at: PathNode | null][] = [[body, 0, null]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [value, depth, at] = next;
    if (typeof value === 'string') {
      if (hasControlCharacter(value, true)) return { kind: 'control-character', path: pathOf(at) };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= maxDepth) return { kind: 'depth', path: pathOf(at) };
    for (const key of Object.keys(value)) {
      const child: PathNode = { key, parent: at };
      if (PROTOTYPE_KEYS.has(key)) return { kind: 'prototype-key', path: pathOf(child) };
      if (hasControlCharacter(key)) return { kind: 'control-character', path: pathOf(child) };
      stack.push([(value as Record<string, unknown>)[key], depth + 1, child]);
    }
  }
  return null;
}

interface PathNode {
  key: string;
  parent: PathNode | null;
}

function pathOf(node: PathNode | null): string {
  const keys: string[] = [];
  for (let n = node; n; n = n.parent) keys.push(printableKey(n.key));
  return keys.reverse().join('.');
}

/** What to tell the caller, in Vietnamese. */
export function bodyHazardMessage({ kind, path }: BodyHazard, maxDepth = MAX_BODY_DEPTH): string {
  const field = path ? `Trường "${path}"` : 'Dữ liệu gửi lên';
  switch (kind) {
    case 'depth':
      return `Dữ liệu gửi lên lồng nhau quá sâu (tối đa ${maxDepth} cấp). Hãy gửi dữ liệu phẳng hơn.`;
    case 'prototype-key':
      return `${field} không được phép gửi lên: không dùng "__proto__", "constructor" hay "prototype" làm tên trường.`;
    case 'control-character':
      return `${field} chứa ký tự điều khiển (như NUL) không được phép. Hãy xoá ký tự đó rồi gửi lại.`;
  }
}

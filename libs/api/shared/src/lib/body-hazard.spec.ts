import { bodyHazard, bodyHazardMessage, printableKey } from './body-hazard';

const nested = (levels: number, leaf: unknown = 1): unknown => {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
};
const ownKey = (key: string, value: unknown) => JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(value)}}`);

describe(bodyHazard.name, () => {
  it('passes ordinary bodies, free text with line breaks included', () => {
    expect(bodyHazard({ title: 'Bài 1', items: [{ stem: 'Dòng 1\nDòng 2\tcột' }], n: 1, ok: true, x: null })).toBe(
      null,
    );
    expect(bodyHazard(undefined)).toBeNull();
    expect(bodyHazard('text')).toBeNull();
  });

  it('allows 32 levels of nesting and refuses the 33rd', () => {
    expect(bodyHazard(nested(32))).toBeNull();
    expect(bodyHazard(nested(33))).toEqual({ kind: 'depth', path: Array(32).fill('a').join('.') });
    expect(bodyHazard(nested(2), 1)).toEqual({ kind: 'depth', path: 'a' });
  });

  it('walks 100 000 levels without overflowing the stack', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(bodyHazard(deep)?.kind).toBe('depth');
  });

  it('refuses prototype keys at any depth, as JSON.parse makes them', () => {
    expect(bodyHazard(ownKey('__proto__', { isAdmin: true }))).toEqual({ kind: 'prototype-key', path: '__proto__' });
    expect(bodyHazard({ scores: ownKey('constructor', 8) })).toEqual({
      kind: 'prototype-key',
      path: 'scores.constructor',
    });
    expect(bodyHazard({ items: [{ prototype: 1 }] })?.path).toBe('items.0.prototype');
  });

  it('refuses control characters in strings and keys, and any line break in a key', () => {
    expect(bodyHazard({ login: 'a\u0000' })).toEqual({ kind: 'control-character', path: 'login' });
    expect(bodyHazard({ tags: ['ok', 'x\u0085'] })?.path).toBe('tags.1');
    expect(bodyHazard({ 'a\u0000b': 1 })).toEqual({ kind: 'control-character', path: 'a\\u0000b' });
    expect(bodyHazard({ 'a\nb': 1 })?.kind).toBe('control-character');
  });
});

describe(printableKey.name, () => {
  it('escapes control characters and cuts long keys', () => {
    expect(printableKey('a\u0000\u007f')).toBe('a\\u0000\\u007f');
    expect(printableKey('k'.repeat(300))).toBe(`${'k'.repeat(40)}…`);
  });
});

describe(bodyHazardMessage.name, () => {
  it('names the field and what to do, in Vietnamese', () => {
    expect(bodyHazardMessage({ kind: 'control-character', path: 'login' })).toMatch(/^Trường "login" chứa ký tự/);
    expect(bodyHazardMessage({ kind: 'prototype-key', path: 'scores.constructor' })).toMatch(/không dùng "__proto__"/);
    expect(bodyHazardMessage({ kind: 'depth', path: 'a' })).toMatch(/tối đa 32 cấp/);
    expect(bodyHazardMessage({ kind: 'control-character', path: '' })).toMatch(/^Dữ liệu gửi lên chứa/);
  });
});

import { escapeControlCharacters, hasBidiControl, hasControlCharacter, isPlainName } from './text-hazards';

describe(hasControlCharacter.name, () => {
  it('finds NUL, other C0 controls, DEL and C1 controls', () => {
    for (const c of ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u009f'])
      expect(hasControlCharacter(`a${c}b`, true)).toBe(true);
  });

  it('lets tab and line breaks through only in multiline text', () => {
    for (const c of ['\t', '\n', '\r']) {
      expect(hasControlCharacter(`a${c}b`, true)).toBe(false);
      expect(hasControlCharacter(`a${c}b`)).toBe(true);
    }
  });

  it('leaves Vietnamese and other printable text alone', () => {
    expect(hasControlCharacter('Nguyễn Thị Lan — 15/QĐ-UBND ✓ 😀')).toBe(false);
    expect(hasControlCharacter('\u00a0\u00ff')).toBe(false);
  });
});

describe(hasBidiControl.name, () => {
  it('finds embeddings, overrides and isolates', () => {
    for (const c of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'])
      expect(hasBidiControl(`Lan${c}`)).toBe(true);
    expect(hasBidiControl('Lan\u200d')).toBe(false);
  });
});

describe(isPlainName.name, () => {
  it('accepts a name on one line and refuses reordering or control characters', () => {
    expect(isPlainName('Trần Văn Đăng Ký')).toBe(true);
    expect(isPlainName('Trần\u202eVăn')).toBe(false);
    expect(isPlainName('Trần\nVăn')).toBe(false);
    expect(isPlainName('Trần\u0000')).toBe(false);
  });
});

describe(escapeControlCharacters.name, () => {
  it('writes control characters as escapes and leaves the rest', () => {
    expect(escapeControlCharacters('a\u0000b\nc\u0085đ')).toBe('a\\u0000b\\u000ac\\u0085đ');
  });
});

import { normaliseShortAnswer, parseNumberAnswer, shortAnswerCorrect } from './short-answer';

describe('normaliseShortAnswer', () => {
  it('ignores case, spacing and trailing punctuation', () => {
    expect(normaliseShortAnswer('  Ngoặc   KÉP. ')).toBe(normaliseShortAnswer('ngoặc kép'));
    expect(normaliseShortAnswer('Dấu\u00a0ngoặc\tkép!')).toBe(normaliseShortAnswer('dấu ngoặc kép'));
  });

  it('treats composed (NFC) and decomposed (NFD) Unicode alike', () => {
    const nfc = 'Tiếng Việt'.normalize('NFC');
    const nfd = 'Tiếng Việt'.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    expect(normaliseShortAnswer(nfc)).toBe(normaliseShortAnswer(nfd));
  });

  it('accepts the tone mark on either vowel (old and new spelling)', () => {
    expect(normaliseShortAnswer('hoà')).toBe(normaliseShortAnswer('hòa'));
    expect(normaliseShortAnswer('thuý')).toBe(normaliseShortAnswer('thúy'));
  });

  it('keeps marks unless told to drop them', () => {
    expect(normaliseShortAnswer('ngoac kep')).not.toBe(normaliseShortAnswer('ngoặc kép'));
    expect(normaliseShortAnswer('má')).not.toBe(normaliseShortAnswer('mà'));
    expect(normaliseShortAnswer('ngoac kep', true)).toBe(normaliseShortAnswer('ngoặc kép', true));
    expect(normaliseShortAnswer('Đường dẫn', true)).toBe('duong dan');
  });
});

describe('parseNumberAnswer', () => {
  it('reads Vietnamese and English ways of writing numbers', () => {
    expect(parseNumberAnswer(' 20 ')).toBe(20);
    expect(parseNumberAnswer('30.000')).toBe(30000);
    expect(parseNumberAnswer('1 500')).toBe(1500);
    expect(parseNumberAnswer('2,5')).toBe(2.5);
    expect(parseNumberAnswer('2.5')).toBe(2.5);
    expect(parseNumberAnswer('0.500')).toBe(0.5);
  });

  it('refuses what is not a number', () => {
    expect(parseNumberAnswer('hai')).toBeNull();
    expect(parseNumberAnswer('1.2.3')).toBeNull();
    expect(parseNumberAnswer('')).toBeNull();
  });
});

describe('shortAnswerCorrect', () => {
  const quotes = { accepted: ['ngoặc kép', 'dấu ngoặc kép', 'quotation marks'], numeric: false };

  it('accepts any listed variant, however it is typed', () => {
    expect(shortAnswerCorrect(quotes, 'Dấu  Ngoặc Kép')).toBe(true);
    expect(shortAnswerCorrect(quotes, 'QUOTATION MARKS.')).toBe(true);
    expect(shortAnswerCorrect(quotes, 'ngoặc kép'.normalize('NFD'))).toBe(true);
  });

  it('refuses other answers, blanks and unmarked spellings the item does not allow', () => {
    expect(shortAnswerCorrect(quotes, 'ngoặc đơn')).toBe(false);
    expect(shortAnswerCorrect(quotes, '   ')).toBe(false);
    expect(shortAnswerCorrect(quotes, undefined)).toBe(false);
    expect(shortAnswerCorrect(quotes, 'ngoac kep')).toBe(false);
    expect(shortAnswerCorrect({ ...quotes, ignoreToneMarks: true }, 'ngoac kep')).toBe(true);
  });

  it('compares numeric answers as numbers', () => {
    const key = { accepted: ['30', '30000'], numeric: true };
    expect(shortAnswerCorrect(key, '30.000')).toBe(true);
    expect(shortAnswerCorrect(key, ' 30 ')).toBe(true);
    expect(shortAnswerCorrect(key, '31')).toBe(false);
    expect(shortAnswerCorrect(key, 'ba mươi')).toBe(false);
  });
});

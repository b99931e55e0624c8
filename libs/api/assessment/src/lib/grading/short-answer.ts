/**
 * Short answers in Vietnamese. People type the same word in many ways: upper or lower case, extra spaces, composed
 * (NFC) or decomposed (NFD) Unicode, and the tone mark on either vowel ("hoà" and "hòa" are both correct spellings).
 * Those never change the answer, so they never change the grade. Leaving marks out ("ngoac kep" for "ngoặc kép")
 * does change a Vietnamese word, so it is accepted only when the item says so (`ignoreToneMarks`) or lists the
 * unmarked spelling among its accepted variants.
 */

export interface ShortAnswerKey {
  accepted: string[];
  numeric?: boolean;
  /** Accept answers typed without Vietnamese marks (tones, vowel marks and đ): "khong dau". */
  ignoreToneMarks?: boolean;
}

/** The five tone marks as combining characters: grave, acute, tilde, hook above, dot below. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** Every combining mark, for answers typed without any (the vowel marks ˆ ˘ and the horn too). */
const ALL_MARKS = /[\u0300-\u036f]/g;
const TRAILING_PUNCTUATION = /[.!?;,:…]+$/u;

/** One word with its tone mark moved to the end, so that "hoà" and "hòa" compare equal. */
function canonicalWord(word: string): string {
  const tones = word.match(TONE_MARKS) ?? [];
  return word.replace(TONE_MARKS, '') + tones.join('');
}

/** The form two short answers are compared in. Pure; exported for the tests and the documentation. */
export function normaliseShortAnswer(text: string, ignoreToneMarks = false): string {
  const words = text
    .normalize('NFD')
    .toLocaleLowerCase('vi')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(TRAILING_PUNCTUATION, '')
    .trim()
    .split(' ');
  const marked = words.map(canonicalWord).join(' ');
  return ignoreToneMarks ? marked.replace(ALL_MARKS, '').replace(/đ/g, 'd') : marked;
}

/**
 * A number as people write it: "1500", "1 500", "1.500" (Vietnamese thousands), "2,5" (Vietnamese decimal) or
 * "2.5". A dot or comma followed by exactly three digits, repeated, groups thousands; otherwise it is a decimal mark.
 */
export function parseNumberAnswer(text: string): number | null {
  const compact = text.replace(/\s+/gu, '');
  if (!/^-?\d+([.,]\d+)*$/.test(compact)) return null;
  const grouped = /^-?\d{1,3}([.,]\d{3})+$/.test(compact) && !/^-?0[.,]/.test(compact);
  const plain = grouped ? compact.replace(/[.,]/g, '') : compact.replace(',', '.');
  if ((plain.match(/\./g) ?? []).length > 1) return null;
  const value = Number(plain);
  return Number.isFinite(value) ? value : null;
}

export function shortAnswerCorrect(key: ShortAnswerKey, text: string | undefined): boolean {
  if (!text?.trim()) return false;
  if (key.numeric) {
    const given = parseNumberAnswer(text);
    return given !== null && key.accepted.some((a) => parseNumberAnswer(a) === given);
  }
  const given = normaliseShortAnswer(text, key.ignoreToneMarks);
  return key.accepted.some((a) => normaliseShortAnswer(a, key.ignoreToneMarks) === given);
}

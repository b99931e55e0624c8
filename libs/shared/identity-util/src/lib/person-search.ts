import { foldText } from '@lc/shared-contracts';
import { CITIZEN_ID_LENGTH, citizenIdDigits } from './citizen-id';

/** Vietnamese letters with diacritics, lower and upper case, and each one's plain ASCII letter at the same index. */
export const VI_ACCENTED =
  'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ' +
  'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ';
/** The database folds with translate(VI_ACCENTED → VI_PLAIN), the same folding as `foldText`. */
export const VI_PLAIN = [...VI_ACCENTED].map((c) => foldText(c)).join('');

/**
 * A search for a person: a complete citizen ID (spaces, dots and dashes allowed) is looked up exactly, and a part
 * of one is never matched, so that nobody can list people by guessing the digits of their ID; anything else is a
 * name or user name, folded for an accent-insensitive match.
 */
export type PersonQuery =
  | { kind: 'citizenId'; citizenId: string }
  | { kind: 'name'; folded: string }
  | { kind: 'none' };

export function personQuery(input: string): PersonQuery {
  const text = input.trim();
  if (!text) return { kind: 'none' };
  if (/^[\d\s.-]+$/.test(text)) {
    const digits = citizenIdDigits(text);
    return digits.length === CITIZEN_ID_LENGTH ? { kind: 'citizenId', citizenId: digits } : { kind: 'none' };
  }
  return { kind: 'name', folded: foldText(text).replace(/\s+/g, ' ') };
}

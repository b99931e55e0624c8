import { createHash, randomInt } from 'node:crypto';

/** No 0/O, 1/I/L look-alikes: the code is read off paper by people who may not see well. */
const RECOVERY_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const RECOVERY_GROUPS = 4;
const GROUP_LENGTH = 4;
const RESET_CODE_DIGITS = 8;

const groups = (text: string, size: number, separator: string) =>
  text.match(new RegExp(`.{1,${size}}`, 'g'))?.join(separator) ?? '';

/**
 * A person's recovery code, e.g. "K7QM-3XPA-9RTD-HW2F": 16 characters of 31, about 79 bits, so nobody can guess
 * one even without a limit. Shown once; only its hash is kept.
 */
export function newRecoveryCode(): string {
  const chars = Array.from({ length: RECOVERY_GROUPS * GROUP_LENGTH }, () => RECOVERY_ALPHABET[randomInt(31)]);
  return groups(chars.join(''), GROUP_LENGTH, '-');
}

/**
 * An officer's one-time reset code, e.g. "4821 0937": digits, to be read out or written on a slip. Short, so it
 * lives briefly, works once and dies after a few wrong tries; guessing is limited per client as well.
 */
export function newResetCode(): string {
  return groups(String(randomInt(10 ** RESET_CODE_DIGITS)).padStart(RESET_CODE_DIGITS, '0'), 4, ' ');
}

/** A code as typed: any case, with or without the spaces and dashes between groups. */
export function normalizeCode(input: string): string {
  return input.replace(/[\s.-]/g, '').toUpperCase();
}

/** What is stored and compared: the SHA-256 of the normalised code (both kinds carry their own randomness). */
export function codeHash(code: string): string {
  return createHash('sha256').update(normalizeCode(code)).digest('hex');
}

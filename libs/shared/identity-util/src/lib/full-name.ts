/**
 * Bounds of a person's full name at registration. Officers read the name on rosters and certificates, so the API
 * refuses what falls outside; the web form checks the same bounds before sending, so nothing the browser accepts
 * is refused by the server.
 */
export const FULL_NAME_MIN_LENGTH = 2;
export const FULL_NAME_MAX_LENGTH = 100;

/** The words for a name of the wrong length: the API answers with `vi`, the web shows the reader's language. */
export const FULL_NAME_LENGTH_TEXT = {
  vi: `Họ và tên cần từ ${FULL_NAME_MIN_LENGTH} đến ${FULL_NAME_MAX_LENGTH} ký tự.`,
  en: `The full name needs ${FULL_NAME_MIN_LENGTH} to ${FULL_NAME_MAX_LENGTH} characters.`,
} as const;

/** Whether `name`, as it is sent, has a length the API accepts. */
export function fullNameLengthOk(name: string): boolean {
  return name.length >= FULL_NAME_MIN_LENGTH && name.length <= FULL_NAME_MAX_LENGTH;
}

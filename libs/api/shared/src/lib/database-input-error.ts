import { QueryFailedError } from 'typeorm';

// SQLSTATE class 22 codes a request's own values cause: 22P02 bad text for a uuid or number, 22001 too long for
// the column, 22003 out of the column's range, 22007/22008 a bad date, 22021 and 22P05 NUL in text or jsonb.
const INPUT_CODES = new Set(['22P02', '22001', '22003', '22007', '22008', '22021', '22P05']);

/**
 * The SQLSTATE when the database refused a value the request supplied, else null. Validation should have refused
 * it first; answering 400 keeps a missed check from becoming a 500, and the filter logs it so the check gets added.
 */
export function refusedInputCode(err: unknown): string | null {
  if (!(err instanceof QueryFailedError)) return null;
  const code = (err as unknown as { code?: unknown }).code;
  return typeof code === 'string' && INPUT_CODES.has(code) ? code : null;
}

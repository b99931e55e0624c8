/** What a refused field is told, by kind; each has a text in the catalogue (platform-errors.ts). */
export type FieldCode =
  | 'FIELD_REQUIRED'
  | 'FIELD_NOT_A_NUMBER'
  | 'FIELD_NOT_A_CHOICE'
  | 'FIELD_TOO_SHORT'
  | 'FIELD_TOO_LONG'
  | 'FIELD_TOO_FEW'
  | 'FIELD_TOO_MANY'
  | 'FIELD_TOO_SMALL'
  | 'FIELD_TOO_LARGE'
  | 'FIELD_BAD_FORMAT'
  | 'FIELD_INVALID';

export interface FieldKind {
  code: FieldCode;
  /** The rule's bound (a length, a count, a value), for the catalogue's `{limit}`. */
  limit?: number;
}

/**
 * class-validator's constraints by the problem they tell, the most basic first: when several fail, a person is told
 * the one to fix first (a missing year before its range). `arg`: which of the decorator's arguments is the limit.
 */
const KINDS: [constraint: string, code: FieldCode, arg?: number][] = [
  ['isDefined', 'FIELD_REQUIRED'],
  ['isNotEmpty', 'FIELD_REQUIRED'],
  ['arrayNotEmpty', 'FIELD_REQUIRED'],
  ['isInt', 'FIELD_NOT_A_NUMBER'],
  ['isNumber', 'FIELD_NOT_A_NUMBER'],
  ['isNumberString', 'FIELD_NOT_A_NUMBER'],
  ['isString', 'FIELD_BAD_FORMAT'],
  ['isBoolean', 'FIELD_BAD_FORMAT'],
  ['isIn', 'FIELD_NOT_A_CHOICE'],
  ['isEnum', 'FIELD_NOT_A_CHOICE'],
  ['minLength', 'FIELD_TOO_SHORT', 0],
  ['maxLength', 'FIELD_TOO_LONG', 0],
  ['arrayMinSize', 'FIELD_TOO_FEW', 0],
  ['arrayMaxSize', 'FIELD_TOO_MANY', 0],
  ['min', 'FIELD_TOO_SMALL', 0],
  ['max', 'FIELD_TOO_LARGE', 0],
  ['matches', 'FIELD_BAD_FORMAT'],
  ['isEmail', 'FIELD_BAD_FORMAT'],
  ['isUuid', 'FIELD_BAD_FORMAT'],
  ['isDateString', 'FIELD_BAD_FORMAT'],
  ['isIso8601', 'FIELD_BAD_FORMAT'],
];

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * The kind of problem of one field, from the names of its failed constraints, its value, and the decorators'
 * arguments (`argsOf`). An empty value is "required" whatever rule caught it; `Length(min, max)` tells whichever
 * bound the value crossed; a rule of our own (e.g. IsPlainName) stays the general FIELD_INVALID.
 */
export function fieldKind(failed: string[], value: unknown, argsOf: (constraint: string) => unknown[]): FieldKind {
  if (value === undefined || value === null || value === '') return { code: 'FIELD_REQUIRED' };
  if (failed.includes('isLength') && typeof value === 'string') {
    const [min, max] = argsOf('isLength');
    if (isNumber(min) && value.length < min) return { code: 'FIELD_TOO_SHORT', limit: min };
    if (isNumber(max) && value.length > max) return { code: 'FIELD_TOO_LONG', limit: max };
  }
  const found = KINDS.find(([constraint]) => failed.includes(constraint));
  if (!found) return { code: 'FIELD_INVALID' };
  const [constraint, code, arg] = found;
  const limit = arg === undefined ? undefined : argsOf(constraint)[arg];
  return isNumber(limit) ? { code, limit } : { code };
}

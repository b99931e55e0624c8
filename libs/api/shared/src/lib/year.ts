import { Injectable, PipeTransform } from '@nestjs/common';
import { DomainError } from './domain-error';

/** Years the platform can hold: an int column takes 20-digit input only to fail inside the database. */
export const YEARS = { min: 2000, max: 2100 } as const;

/**
 * A year within YEARS, else null: four digits as sent, or the number the global ValidationPipe already made of a
 * parameter typed `number` (it runs before a parameter's own pipes).
 */
export function parseYear(raw: unknown): number | null {
  const year = typeof raw === 'string' && /^\d{4}$/.test(raw) ? Number(raw) : raw;
  return typeof year === 'number' && Number.isInteger(year) && year >= YEARS.min && year <= YEARS.max ? year : null;
}

/** For a year in the path or the query; Nest's ParseIntPipe lets any size through. */
@Injectable()
export class ParseYearPipe implements PipeTransform<unknown, number> {
  transform(value: unknown): number {
    const year = parseYear(value);
    if (year === null) throw new DomainError('YEAR_INVALID', `Năm phải là số từ ${YEARS.min} đến ${YEARS.max}.`, 400);
    return year;
  }
}

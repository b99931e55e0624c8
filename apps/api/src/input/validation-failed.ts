import { DomainError } from '@lc/api-shared';

/** The same answer the ValidationPipe gives (see the exception filter), so clients handle one shape. */
export const validationFailed = (problem: string) =>
  new DomainError('VALIDATION_FAILED', `Dữ liệu chưa hợp lệ: ${problem}`, 400, { fields: [problem] });

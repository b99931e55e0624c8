import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError } from '@lc/api-shared';

/** One refused field: `path` names the control (`items.0.stem`), `code` is in the error catalogue. */
export interface FieldProblem {
  path: string;
  code: 'FIELD_INVALID' | 'FIELD_NOT_ALLOWED';
  message: string;
}

/**
 * One problem a person can act on per field, in Vietnamese: the message our DTO wrote, else a plain default.
 * The pipe dismisses class-validator's English defaults, so a non-empty message is always one of ours.
 */
export function fieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const path = prefix + e.property;
    const nested = e.children?.length ? fieldProblems(e.children, `${path}.`) : [];
    const constraints = Object.entries(e.constraints ?? {});
    if (constraints.length === 0) return nested;
    if (constraints.some(([name]) => name === 'whitelistValidation'))
      return [{ path, code: 'FIELD_NOT_ALLOWED', message: `Trường "${path}" không được phép gửi lên.` }, ...nested];
    const ours = constraints.map(([, message]) => message).find((m) => m.trim() !== '');
    return [{ path, code: 'FIELD_INVALID', message: ours ?? `Trường "${path}" chưa hợp lệ.` }, ...nested];
  });
}

export const validationFailure = (errors: ValidationError[]) => {
  const problems = fieldProblems(errors);
  const fields = problems.map((p) => p.message);
  return new DomainError('VALIDATION_FAILED', 'Dữ liệu chưa hợp lệ: ' + fields.join('; '), 400, { fields, problems });
};

export const validationPipe = () =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    dismissDefaultMessages: true,
    exceptionFactory: validationFailure,
  });

import { ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { errorText } from '@lc/shared-contracts';
import { DomainError } from '@lc/api-shared';
import { FieldCode, fieldKind } from './field-codes';

/**
 * One refused field: `path` names the control (`items.0.stem`), `code` is in the error catalogue and says what kind
 * of problem it is (required, too long …), `limit` is the rule's bound where it has one (docs/adr/0023).
 */
export interface FieldProblem {
  path: string;
  code: FieldCode | 'FIELD_NOT_ALLOWED';
  message: string;
  limit?: number;
}

// A class's rules never change once loaded; reading them walks every registered rule, so once per class is enough.
const rulesByClass = new WeakMap<object, ValidationMetadata[]>();

function rulesOf(target: object): ValidationMetadata[] {
  let rules = rulesByClass.get(target);
  if (!rules) {
    rules = getMetadataStorage().getTargetValidationMetadatas(target as new () => unknown, '', true, false);
    rulesByClass.set(target, rules);
  }
  return rules;
}

/** The arguments of the decorators on `property` of the validated object's class, by constraint name. */
function argsOf(e: ValidationError): (constraint: string) => unknown[] {
  const target = e.target?.constructor;
  const rules = target ? rulesOf(target) : [];
  return (constraint) => rules.find((m) => m.propertyName === e.property && m.name === constraint)?.constraints ?? [];
}

/**
 * One problem a person can act on per field, in Vietnamese: the message our DTO wrote, else the catalogue's text
 * for its kind. The pipe dismisses class-validator's English defaults, so a non-empty message is always one of ours.
 */
export function fieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const path = prefix + e.property;
    const nested = e.children?.length ? fieldProblems(e.children, `${path}.`) : [];
    const constraints = Object.entries(e.constraints ?? {});
    if (constraints.length === 0) return nested;
    if (constraints.some(([name]) => name === 'whitelistValidation'))
      return [{ path, code: 'FIELD_NOT_ALLOWED', message: `Trường "${path}" không được phép gửi lên.` }, ...nested];
    const kind = fieldKind(
      constraints.map(([name]) => name),
      e.value,
      argsOf(e),
    );
    const ours = constraints.map(([, message]) => message).find((m) => m.trim() !== '');
    const message = ours ?? errorText(kind.code, 'vi', { limit: kind.limit }) ?? `Trường "${path}" chưa hợp lệ.`;
    return [{ path, ...kind, message }, ...nested];
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
    // fieldProblems reads the rule's limit from the target's class and the kind from the value; neither is sent.
    validationError: { target: true, value: true },
    exceptionFactory: validationFailure,
  });

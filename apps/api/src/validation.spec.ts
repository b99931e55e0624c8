import 'reflect-metadata';
import { ValidationError } from '@nestjs/common';
import { IsString, Length } from 'class-validator';
import { DomainError } from '@lc/api-shared';
import { fieldProblems, validationPipe } from './validation';

const error = (
  property: string,
  constraints: Record<string, string>,
  children: ValidationError[] = [],
): ValidationError => ({ property, constraints, children }) as ValidationError;

class LoginBody {
  @IsString()
  @Length(1, 200, { message: 'Please enter your password.' })
  password!: string;

  @IsString()
  login!: string;
}

async function refusal(body: unknown): Promise<DomainError> {
  try {
    await validationPipe().transform(body, { type: 'body', metatype: LoginBody });
  } catch (e) {
    return e as DomainError;
  }
  throw new Error('the body was accepted');
}

describe(fieldProblems.name, () => {
  it('names fields that may not be sent', () => {
    expect(fieldProblems([error('extra', { whitelistValidation: '' })])).toEqual([
      { path: 'extra', code: 'FIELD_NOT_ALLOWED', message: 'Trường "extra" không được phép gửi lên.' },
    ]);
  });

  it('falls back to a plain Vietnamese message and walks nested fields', () => {
    expect(fieldProblems([error('items', {}, [error('0', {}, [error('stem', { isString: '' })])])])).toEqual([
      { path: 'items.0.stem', code: 'FIELD_INVALID', message: 'Trường "items.0.stem" chưa hợp lệ.' },
    ]);
  });
});

describe(validationPipe.name, () => {
  it('keeps the message a DTO wrote, whatever its language, and drops the library defaults', async () => {
    const e = await refusal({ login: 'x', password: '' });
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.details).toEqual({
      fields: ['Please enter your password.'],
      problems: [{ path: 'password', code: 'FIELD_INVALID', message: 'Please enter your password.' }],
    });
  });

  it('answers the plain default where the DTO wrote nothing, never class-validator’s English', async () => {
    const e = await refusal({ login: 5, password: 'secret', extra: 1 });
    expect(e.status).toBe(400);
    expect(e.details?.['problems']).toEqual([
      { path: 'extra', code: 'FIELD_NOT_ALLOWED', message: 'Trường "extra" không được phép gửi lên.' },
      { path: 'login', code: 'FIELD_INVALID', message: 'Trường "login" chưa hợp lệ.' },
    ]);
  });
});

import 'reflect-metadata';
import { ValidationError } from '@nestjs/common';
import { IsString, Length, MaxLength } from 'class-validator';
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
  @MaxLength(50)
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

  it("falls back to the catalogue's Vietnamese for the kind of problem and walks nested fields", () => {
    expect(fieldProblems([error('items', {}, [error('0', {}, [error('stem', { isString: '' })])])])).toEqual([
      { path: 'items.0.stem', code: 'FIELD_REQUIRED', message: 'Hãy điền mục này.' },
    ]);
  });

  it('keeps the general code for a rule of our own', () => {
    const own = { ...error('name', { isPlainName: '' }), value: 'x' } as ValidationError;
    expect(fieldProblems([own])).toEqual([
      { path: 'name', code: 'FIELD_INVALID', message: 'Giá trị này chưa hợp lệ.' },
    ]);
  });
});

describe(validationPipe.name, () => {
  it('keeps the message a DTO wrote, whatever its language, and drops the library defaults', async () => {
    const e = await refusal({ login: 'x', password: '' });
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.details).toEqual({
      fields: ['Please enter your password.'],
      problems: [{ path: 'password', code: 'FIELD_REQUIRED', message: 'Please enter your password.' }],
    });
  });

  it('answers the plain default where the DTO wrote nothing, never class-validator’s English', async () => {
    const e = await refusal({ login: 5, password: 'secret', extra: 1 });
    expect(e.status).toBe(400);
    expect(e.details?.['problems']).toEqual([
      { path: 'extra', code: 'FIELD_NOT_ALLOWED', message: 'Trường "extra" không được phép gửi lên.' },
      { path: 'login', code: 'FIELD_BAD_FORMAT', message: 'Giá trị này không đúng dạng.' },
    ]);
  });

  it("names the kind of problem and the rule's limit, read from the DTO's decorators", async () => {
    const short = await refusal({ login: 'x', password: 'x'.repeat(201) });
    expect(short.details?.['problems']).toEqual([
      { path: 'password', code: 'FIELD_TOO_LONG', limit: 200, message: 'Please enter your password.' },
    ]);
    const e = await refusal({ login: 'x'.repeat(51), password: 'secret' });
    expect(e.details?.['problems']).toEqual([
      { path: 'login', code: 'FIELD_TOO_LONG', limit: 50, message: 'Nhiều nhất 50 ký tự.' },
    ]);
  });
});

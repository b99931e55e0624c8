import { ValidationError } from '@nestjs/common';
import { fieldMessages } from './validation';

const error = (
  property: string,
  constraints: Record<string, string>,
  children: ValidationError[] = [],
): ValidationError => ({ property, constraints, children }) as ValidationError;

describe('fieldMessages', () => {
  it('keeps our Vietnamese message and drops the library defaults beside it', () => {
    expect(
      fieldMessages([error('login', { isString: 'login must be a string', length: 'Vui lòng nhập mật khẩu.' })]),
    ).toEqual(['Vui lòng nhập mật khẩu.']);
  });
  it('names fields that may not be sent', () => {
    expect(fieldMessages([error('extra', { whitelistValidation: 'property extra should not exist' })])).toEqual([
      'Trường "extra" không được phép gửi lên.',
    ]);
  });
  it('falls back to a plain Vietnamese message and walks nested fields', () => {
    expect(
      fieldMessages([error('items', {}, [error('0', {}, [error('stem', { isString: 'stem must be a string' })])])]),
    ).toEqual(['Trường "items.0.stem" chưa hợp lệ.']);
  });
});

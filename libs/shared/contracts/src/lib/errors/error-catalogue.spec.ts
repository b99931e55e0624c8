import { ERROR_CATALOGUE, ERROR_GROUPS, errorText, isErrorCode } from './error-catalogue';

describe(errorText.name, () => {
  it('gives the text of a known code in the language asked for', () => {
    expect(errorText('AUTH_INVALID', 'vi')).toBe('Số định danh/tên đăng nhập hoặc mật khẩu không đúng.');
    expect(errorText('AUTH_INVALID', 'en')).toBe('The citizen ID / username or the password is wrong.');
  });

  it('answers null for a code it does not know, so the caller shows the API’s own message', () => {
    expect(errorText('SOMETHING_NEW', 'en')).toBeNull();
    expect(errorText('toString', 'en')).toBeNull();
    expect(isErrorCode('__proto__')).toBe(false);
  });

  it('says how long to wait from details.retryAfterSeconds, in each language', () => {
    expect(errorText('AUTH_LOCKED', 'en', { retryAfterSeconds: 900 })).toBe(
      'Too many failed sign-ins. Please try again in 15 minutes.',
    );
    expect(errorText('RATE_LIMITED', 'vi', { retryAfterSeconds: 40 })).toContain('thử lại sau 40 giây.');
    expect(errorText('RATE_LIMITED', 'en', { retryAfterSeconds: 1 })).toContain('in 1 second.');
    expect(errorText('AUTH_LOCKED', 'en', { retryAfterSeconds: 'soon' })).toContain('in a few minutes.');
  });

  it("puts a refused field's limit into its text, in each language", () => {
    expect(errorText('FIELD_TOO_LONG', 'en', { limit: 100 })).toBe('Enter at most 100 characters.');
    expect(errorText('FIELD_TOO_SMALL', 'vi', { limit: 1900 })).toBe('Không được nhỏ hơn 1900.');
    expect(errorText('FIELD_TOO_FEW', 'en', {})).toBe('Add at least … entries.');
  });

  it('holds each code once, with both texts written out and no placeholder left for the reader', () => {
    const all = Object.values(ERROR_GROUPS).flatMap((group) => Object.keys(group));
    expect(new Set(all).size).toBe(all.length);
    for (const [code, text] of Object.entries(ERROR_CATALOGUE)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      expect(text.vi.length).toBeGreaterThan(5);
      expect(text.en.length).toBeGreaterThan(5);
      expect(errorText(code, 'vi')).not.toMatch(/[{}]/);
      expect(errorText(code, 'en')).not.toMatch(/[{}]/);
    }
  });
});

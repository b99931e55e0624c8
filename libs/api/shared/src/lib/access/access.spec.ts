import { DomainError } from '../domain-error';
import { ALLOWED, enforce, firstRefusal, refuse } from './access';

describe('access answers', () => {
  const missing = refuse(404, 'X_NOT_FOUND', 'Không tìm thấy.');
  const late = refuse(409, 'X_STATUS_CONFLICT', 'Đã xử lý.');

  it('keeps the first refusal in the order given', () => {
    expect(firstRefusal(ALLOWED, missing, late)).toBe(missing);
    expect(firstRefusal(ALLOWED, ALLOWED)).toEqual({ allowed: true });
  });

  it('throws a refusal as a DomainError with its code and status, and lets an allowed answer pass', () => {
    expect(() => enforce(ALLOWED)).not.toThrow();
    expect(() => enforce(late)).toThrow(DomainError);
    expect(() => enforce(late)).toThrow(expect.objectContaining({ code: 'X_STATUS_CONFLICT', status: 409 }));
  });
});

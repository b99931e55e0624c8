/**
 * Services and rules throw these; one filter maps `status` to HTTP. `message` is shown to people as it is,
 * so it is Vietnamese and says what to do.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 = 400,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (code: string, message: string) => new DomainError(code, message, 404);
export const forbidden = (code: string, message: string) => new DomainError(code, message, 403);
export const conflict = (code: string, message: string) => new DomainError(code, message, 409);
export const invalid = (code: string, message: string, details?: Record<string, unknown>) =>
  new DomainError(code, message, 422, details);

import { applyDecorators } from '@nestjs/common';
import { ApiProduces, ApiResponse } from '@nestjs/swagger';
import type { ErrorCode } from '@lc/shared-contracts';
import type { ContractTypes } from './contract-schemas';

export type ContractName = keyof ContractTypes;
type SuccessStatus = 200 | 201 | 202;
type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

interface OkOptions {
  status?: SuccessStatus;
  /** The body is a list of the named type. */
  array?: boolean;
  /** The body may be `null` (JSON `null`, status 200). */
  nullable?: boolean;
  description?: string;
}

type Body<K extends ContractName, O extends OkOptions> = (
  O extends { array: true } ? ContractTypes[K][] : ContractTypes[K]
) extends infer B
  ? O extends { nullable: true }
    ? B | null
    : B
  : never;

/**
 * A method decorator that TypeScript only lets onto a handler returning `R` (or a promise of it): a controller
 * cannot claim a contract type that it does not return.
 */
type Returning<R> = (
  target: object,
  key: string | symbol,
  descriptor: { value?: (...args: never[]) => R | Promise<R> },
) => void;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/**
 * The success response: a contract type of `@lc/shared-contracts` by name (its schema is generated from the
 * interface, see apps/api/src/openapi), one of several names (`oneOf`), or a list of it.
 */
export function ApiOk<K extends ContractName, O extends OkOptions = Record<never, never>>(
  name: K | readonly K[],
  options?: O,
): Returning<Body<K, O>> {
  const names = typeof name === 'string' ? [name] : [...name];
  const one = names.length === 1 ? ref(names[0]) : { oneOf: names.map(ref) };
  const schema = options?.array ? { type: 'array', items: one } : one;
  const decorator = ApiResponse({
    status: options?.status ?? 200,
    description: options?.description ?? names.join(' | ') + (options?.array ? '[]' : ''),
    schema: options?.nullable ? { oneOf: [schema], nullable: true } : schema,
  });
  return (target, key, descriptor) => decorator(target, key, descriptor as PropertyDescriptor);
}

/** No body: 204 (or 200/202 without content when the route answers so). */
export function ApiNoContent(status: 200 | 202 | 204 = 204): Returning<void> {
  const decorator = ApiResponse({ status, description: 'No content' });
  return (target, key, descriptor) => decorator(target, key, descriptor as PropertyDescriptor);
}

/** A file or a non-JSON body, with its media type (`application/pdf`, `image/svg+xml`, `text/plain`, …). */
export function ApiFile(contentType: string, description: string) {
  return applyDecorators(
    ApiProduces(contentType),
    ApiResponse({
      status: 200,
      description,
      content: { [contentType]: { schema: { type: 'string', format: 'binary' } } },
    }),
  );
}

/** A JSON body whose shape a standard fixes rather than a contract type (JWKS, an issuer profile, a health report). */
export function ApiJson(description: string, schema: Record<string, unknown> = { type: 'object' }) {
  return ApiResponse({ status: 200, description, schema });
}

/** The contract type `ApiError` of @lc/shared-contracts: `{code, message, details?}`. */
export const API_ERROR_SCHEMA: ContractName = 'ApiError';

/**
 * The error answers this operation can give besides the common ones (sign-in, role, validation, rate limit:
 * added where the document is built), each a stable code of the catalogue: TypeScript refuses an unknown code.
 */
export function ApiErrors(byStatus: Partial<Record<ErrorStatus, readonly ErrorCode[]>>) {
  return applyDecorators(
    ...Object.entries(byStatus).map(([status, codes]) => ApiResponse(errorResponse(Number(status), codes ?? []))),
  );
}

export function errorResponse(status: number, codes: readonly string[]) {
  const sorted = [...new Set(codes)].sort();
  const schema = {
    allOf: [ref(API_ERROR_SCHEMA), { type: 'object', properties: { code: { type: 'string', enum: sorted } } }],
  };
  // JSON whatever the success body is: a PDF route's refusal is still an ApiError.
  return { status, description: sorted.join(', '), content: { 'application/json': { schema } } };
}

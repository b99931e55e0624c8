import type { INestApplication, Type } from '@nestjs/common';
import { GUARDS_METADATA, INTERCEPTORS_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import type { NestContainer } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { ErrorCode } from '@lc/shared-contracts';
import { errorResponse, IdempotencyInterceptor, IS_PUBLIC, RateLimitGuard, ROLES } from '@lc/api-shared';

type Codes = Partial<Record<number, ErrorCode[]>>;

interface Handler {
  controller: Type;
  method: string;
}

/** Every controller method by the operation id Swagger gives it (`Controller_method`). */
function handlers(app: INestApplication): Map<string, Handler> {
  // The same walk SwaggerModule makes: the application's container holds every module's controllers.
  const container = (app as unknown as { container: NestContainer }).container;
  const found = new Map<string, Handler>();
  for (const module of container.getModules().values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type;
      for (const method of Object.getOwnPropertyNames(controller.prototype)) {
        const fn = controller.prototype[method];
        if (typeof fn === 'function' && Reflect.hasMetadata(METHOD_METADATA, fn)) {
          found.set(`${controller.name}_${method}`, { controller, method });
        }
      }
    }
  }
  return found;
}

function metadata<T>(key: string, { controller, method }: Handler): T | undefined {
  return Reflect.getMetadata(key, controller.prototype[method]) ?? Reflect.getMetadata(key, controller);
}

/**
 * What every operation can answer because of the guards, pipes and middleware in front of it (ADR 0026): sign-in
 * unless public, the role check, rate limits, idempotency keys, refused input, and a busy or unavailable database.
 */
export function commonErrors(handler: Handler, operation: { parameters?: { in: string }[]; requestBody?: unknown }) {
  const codes: Codes = { 400: ['VALIDATION_FAILED'], 503: ['DB_BUSY', 'DB_UNAVAILABLE'] };
  const add = (status: number, ...more: ErrorCode[]) => (codes[status] = [...(codes[status] ?? []), ...more]);
  if (!metadata<boolean>(IS_PUBLIC, handler)) add(401, 'AUTH_REQUIRED');
  if (metadata<unknown[]>(ROLES, handler)?.length) add(403, 'ROLE_REQUIRED');
  if (metadata<unknown[]>(GUARDS_METADATA, handler)?.includes(RateLimitGuard)) add(429, 'RATE_LIMITED');
  if (metadata<unknown[]>(INTERCEPTORS_METADATA, handler)?.includes(IdempotencyInterceptor)) {
    add(400, 'IDEMPOTENCY_KEY_INVALID');
    add(409, 'IDEMPOTENCY_IN_PROGRESS');
    add(422, 'IDEMPOTENCY_KEY_REUSED');
  }
  if (operation.parameters?.some((p) => p.in === 'path')) add(400, 'BAD_REQUEST');
  if (operation.requestBody) {
    add(400, 'BAD_JSON', 'BAD_FORM');
    add(413, 'PAYLOAD_TOO_LARGE');
    add(415, 'UNSUPPORTED_CHARSET', 'UNSUPPORTED_ENCODING', 'UNSUPPORTED_MEDIA_TYPE');
  }
  return codes;
}

interface ErrorResponseDoc {
  description?: string;
  schema?: { allOf?: [unknown, { properties: { code: { enum: string[] } } }] };
  content?: Record<string, { schema?: ErrorResponseDoc['schema'] }>;
}

/** The codes an error response already lists (from `@ApiErrors`), wherever Swagger put its schema. */
function listedCodes(response: ErrorResponseDoc | undefined): string[] {
  const schema = response?.content?.['application/json']?.schema ?? response?.schema;
  return schema?.allOf?.[1]?.properties.code.enum ?? [];
}

/** Adds each operation's common error answers to the ones its controller declared. */
export function addCommonErrors(app: INestApplication, doc: OpenAPIObject): void {
  const byId = handlers(app);
  for (const item of Object.values(doc.paths)) {
    for (const operation of Object.values(item)) {
      if (!operation || typeof operation !== 'object' || !('responses' in operation)) continue;
      const handler = byId.get(operation.operationId);
      if (!handler) throw new Error(`No handler for the operation ${operation.operationId}`);
      for (const [status, codes] of Object.entries(commonErrors(handler, operation))) {
        const existing = operation.responses[status] as ErrorResponseDoc | undefined;
        // A declared body that is no ApiError (health's 503 report) stays as it is.
        if (existing && listedCodes(existing).length === 0) continue;
        const { description, content } = errorResponse(Number(status), [...listedCodes(existing), ...(codes ?? [])]);
        operation.responses[status] = { description, content };
      }
    }
  }
}

import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { from, Observable, of } from 'rxjs';
import { catchError, mergeMap } from 'rxjs/operators';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth-user';
import {
  IDEMPOTENCY_HEADER,
  idempotencyKey,
  keyInProgress,
  keyReused,
  outcomeFor,
  requestFingerprint,
} from './idempotency-rules';
import { IdempotencyStore } from './idempotency-store';

const POLL_MS = 100;
const WAIT_MS = 10_000;

interface HttpRequest {
  method: string;
  originalUrl: string;
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
  user?: AuthUser;
}

/**
 * A create sent twice (a double tap, a retry after a lost answer) makes one thing: the first request with a key
 * runs, every repeat gets its stored answer, and the same key with another body is refused (docs/adr/0024).
 * Guards run first, so only a caller allowed on the route ever reaches the table.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly store: IdempotencyStore;

  constructor(ds: DataSource) {
    this.store = new IdempotencyStore(ds);
  }

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<HttpRequest>();
    const key = idempotencyKey(req.headers[IDEMPOTENCY_HEADER]);
    if (!key || !req.user) return next.handle();
    const userId = req.user.id;
    const route = `${req.method} ${req.originalUrl.split('?')[0]}`;
    const fingerprint = requestFingerprint(route, req.body);
    return from(this.settle(userId, key, route, fingerprint)).pipe(
      mergeMap((settled) => {
        if (settled.replay) {
          ctx.switchToHttp().getResponse().setHeader('Idempotent-Replayed', 'true');
          return of(settled.response);
        }
        return next.handle().pipe(
          mergeMap((response) => from(this.store.finish(userId, key, response).then(() => response))),
          catchError((err: unknown) =>
            from(this.store.release(userId, key)).pipe(
              mergeMap(() => {
                throw err;
              }),
            ),
          ),
        );
      }),
    );
  }

  /** Claims the key, or waits for the request that holds it and takes its answer. */
  private async settle(
    userId: string,
    key: string,
    route: string,
    fingerprint: string,
  ): Promise<{ replay: false } | { replay: true; response: unknown }> {
    const deadline = Date.now() + WAIT_MS;
    while (Date.now() < deadline) {
      if (await this.store.claim({ userId, key, route, fingerprint })) return { replay: false };
      const stored = await this.store.find(userId, key);
      // Released by a failed first request between our two statements: try to claim it again.
      if (!stored) continue;
      const outcome = outcomeFor(stored, fingerprint);
      if (outcome.kind === 'refuse') throw keyReused();
      if (outcome.kind === 'replay') return { replay: true, response: outcome.response };
      await new Promise((done) => setTimeout(done, POLL_MS));
    }
    throw keyInProgress();
  }
}

/** Marks a create that honours an `Idempotency-Key` header (optional: without it the request runs as ever). */
export const Idempotent = () =>
  applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'Any 8–128 URL-safe characters, new for each intended create; a repeat replays the first answer.',
    }),
    UseInterceptors(IdempotencyInterceptor),
  );

import { Global, Module } from '@nestjs/common';
import { ThrottlerModule, ThrottlerModuleOptions } from '@nestjs/throttler';
import { createHash } from 'node:crypto';
import { AppConfig, parseRate, RATE_LIMITS, RateLimitName, RateLimitStore } from '@lc/api-shared';
import { PgThrottlerStorage } from './pg-throttler-storage';

/** The setting that holds each limit (docs/configuration.md). */
export const RATE_LIMIT_SETTINGS: Record<RateLimitName, keyof AppConfig & `RATE_LIMIT_${string}`> = {
  signIn: 'RATE_LIMIT_SIGN_IN',
  register: 'RATE_LIMIT_REGISTER',
  refresh: 'RATE_LIMIT_REFRESH',
  passwordReset: 'RATE_LIMIT_PASSWORD_RESET',
  resetCodeIssue: 'RATE_LIMIT_RESET_CODE_ISSUE',
  xapi: 'RATE_LIMIT_XAPI',
  h5pUpload: 'RATE_LIMIT_H5P_UPLOAD',
  h5pEditor: 'RATE_LIMIT_H5P_EDITOR',
  h5pState: 'RATE_LIMIT_H5P_STATE',
  certificate: 'RATE_LIMIT_CERTIFICATE',
  itemReport: 'RATE_LIMIT_ITEM_REPORT',
};

/** One counter per limit and client, whichever of the limit's routes is hit; the address itself is not stored. */
export const rateLimitKey = (name: string, client: string) =>
  `${name}:${createHash('sha256').update(client).digest('hex').slice(0, 32)}`;

export function throttlerOptions(config: AppConfig, store: RateLimitStore): ThrottlerModuleOptions {
  return {
    throttlers: RATE_LIMITS.map((name) => {
      const { limit, windowSeconds } = parseRate(config[RATE_LIMIT_SETTINGS[name]]);
      // Over the limit, a client is refused for a whole window (the throttler's default block).
      return { name, limit, ttl: windowSeconds * 1000 };
    }),
    storage: new PgThrottlerStorage(store),
    generateKey: (_, client, name) => rateLimitKey(name, client),
    setHeaders: false,
  };
}

/** The counters' store, for the throttler and for the sign-in lockout (identity). */
@Global()
@Module({ providers: [RateLimitStore], exports: [RateLimitStore] })
export class RateLimitStoreModule {}

/**
 * Limits per client address on the routes marked `@RateLimit(name)`, counted in PostgreSQL. Nothing is limited
 * globally: other routes never reach the counters.
 */
@Module({
  imports: [
    RateLimitStoreModule,
    ThrottlerModule.forRootAsync({
      imports: [RateLimitStoreModule],
      inject: [AppConfig, RateLimitStore],
      useFactory: throttlerOptions,
    }),
  ],
})
export class RateLimitsModule {}

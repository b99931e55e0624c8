import { applyDecorators, ExecutionContext, Injectable, UseGuards } from '@nestjs/common';
import { SkipThrottle, ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import { rateLimited } from './rate';

/** The limited routes, each with its own limit (RATE_LIMIT_* settings) and counters per client address. */
export const RATE_LIMITS = [
  'signIn',
  'register',
  'refresh',
  'passwordReset',
  'resetCodeIssue',
  'xapi',
  'h5pUpload',
  'h5pEditor',
  'h5pState',
  'certificate',
  'itemReport',
] as const;
export type RateLimitName = (typeof RATE_LIMITS)[number];

/** Answers in the API's one error shape, with Retry-After, rather than the throttler's own exception. */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(_: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw rateLimited(detail.timeToBlockExpire);
  }

  /**
   * A signed-in caller is counted as a person, not as an address: a class behind one school router does not share
   * one budget, and the counters of a hundred learners are a hundred rows, not one row they all wait to update.
   */
  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const user = req['user'] as { id?: string } | undefined;
    return user?.id ? `user:${user.id}` : String(req['ip']);
  }
}

/**
 * Counts the route's requests against the named limit, per signed-in person, or per client address (`req.ip`, so
 * TRUST_PROXY decides whether X-Forwarded-For counts) for anonymous routes. Only routes carrying this are limited: the guard is not global, so ordinary
 * requests never pay for a counter in the database.
 */
export const RateLimit = (name: RateLimitName) =>
  applyDecorators(
    SkipThrottle(Object.fromEntries(RATE_LIMITS.filter((other) => other !== name).map((other) => [other, true]))),
    UseGuards(RateLimitGuard),
  );

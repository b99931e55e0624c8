import type { ThrottlerStorage } from '@nestjs/throttler';
import { RateLimitStore } from '@lc/api-shared';

// The package does not export the record's type by name.
type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** @nestjs/throttler's counters in PostgreSQL, so that every API process counts against the same limits. */
export class PgThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly store: RateLimitStore) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number): Promise<ThrottlerStorageRecord> {
    // The throttler blocks for a whole window by default; a block of 0 would refuse nothing, so it is at least 1 ms.
    const hit = await this.store.hit(key, { limit, windowMs: ttl, blockMs: Math.max(1, blockDuration) });
    return {
      totalHits: hit.hits,
      timeToExpire: hit.resetSeconds,
      isBlocked: hit.retryAfterSeconds > 0,
      timeToBlockExpire: hit.retryAfterSeconds,
    };
  }
}

import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface WindowHit {
  hits: number;
  /** Seconds until the window starts again. */
  resetSeconds: number;
  /** Seconds the key is still refused; 0 when it is not. */
  retryAfterSeconds: number;
}

const SWEEP_EVERY_MS = 60_000;
const seconds = (column: string) =>
  `CASE WHEN ${column} > now() THEN ceil(extract(epoch FROM ${column} - now()))::int ELSE 0 END`;

/** How many hits a window of `windowMs` allows, and for how long the hit past them blocks the key. */
export interface WindowRule {
  limit: number;
  windowMs: number;
  blockMs: number;
}

/**
 * Counters shared by every API process (API_WORKERS), in the `rate_limit` table: counters in memory would give
 * each process an allowance of its own. Every count is one atomic statement (INSERT … ON CONFLICT DO UPDATE), so
 * concurrent hits on one key are never lost, and times come from the database's clock, not each process's.
 * Only the rate-limited routes and sign-in come here; ordinary authenticated requests never do.
 */
@Injectable()
export class RateLimitStore implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger(RateLimitStore.name);
  private sweeper?: NodeJS.Timeout;

  constructor(private readonly ds: DataSource) {}

  /**
   * One hit in a fixed window of `windowMs` from the first hit. The hit that goes past `limit` blocks the key for
   * `blockMs`; hits while blocked are refused without being counted, and the count restarts once the block ends.
   */
  async hit(key: string, { limit, windowMs, blockMs }: WindowRule): Promise<WindowHit> {
    const fresh = `r.expires_at <= now() OR r.blocked_until IS NOT NULL`;
    const [row] = await this.ds.query(
      `INSERT INTO rate_limit AS r (key, hits, expires_at)
       VALUES ($1, 1, now() + $2::float8 * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN r.blocked_until > now() THEN r.hits WHEN ${fresh} THEN 1 ELSE r.hits + 1 END,
         expires_at = CASE WHEN r.blocked_until > now() THEN r.expires_at WHEN ${fresh} THEN excluded.expires_at
                      ELSE r.expires_at END,
         blocked_until = CASE WHEN r.blocked_until > now() THEN r.blocked_until WHEN ${fresh} THEN NULL
                         WHEN r.hits + 1 > $3 THEN now() + $4::float8 * interval '1 millisecond' END
       RETURNING hits, ${seconds('expires_at')} AS reset, ${seconds('blocked_until')} AS retry`,
      [key, windowMs, limit, blockMs],
    );
    return { hits: row.hits, resetSeconds: row.reset, retryAfterSeconds: row.retry };
  }

  /** Seconds the key is still refused; 0 when it is not. */
  async blockedFor(key: string): Promise<number> {
    const [row] = await this.ds.query(`SELECT ${seconds('blocked_until')} AS retry FROM rate_limit WHERE key = $1`, [
      key,
    ]);
    return row?.retry ?? 0;
  }

  /**
   * A failure counter that makes its key wait: unless the key is waiting, counts one more and blocks it for
   * `waits[count - 1]` seconds (the last entry for every count beyond). The count is forgotten `forgetMs` after
   * the last one. Answers the new count, or the seconds still to wait (nothing counted).
   */
  async strike(key: string, waits: number[], forgetMs: number): Promise<{ count: number } | { waitSeconds: number }> {
    const count = `CASE WHEN r.expires_at <= now() THEN 1 ELSE r.hits + 1 END`;
    const blockFor = (n: string) =>
      `now() + NULLIF(($2::int[])[LEAST(${n}, cardinality($2::int[]))], 0) * interval '1 second'`;
    const rows: { hits: number }[] = await this.ds.query(
      `INSERT INTO rate_limit AS r (key, hits, expires_at, blocked_until)
       VALUES ($1, 1, now() + $3::float8 * interval '1 millisecond', ${blockFor('1')})
       ON CONFLICT (key) DO UPDATE SET hits = ${count}, expires_at = excluded.expires_at,
         blocked_until = ${blockFor(count)}
       WHERE r.blocked_until IS NULL OR r.blocked_until <= now()
       RETURNING hits`,
      [key, waits, forgetMs],
    );
    if (rows.length) return { count: rows[0].hits };
    // The row was waiting: nothing was counted. A block that ended between the two statements still says 1 s.
    return { waitSeconds: Math.max(1, await this.blockedFor(key)) };
  }

  async forget(key: string): Promise<void> {
    await this.ds.query(`DELETE FROM rate_limit WHERE key = $1`, [key]);
  }

  /** Drops every counter whose key starts with `prefix`: those of one login from all its clients. */
  async forgetPrefix(prefix: string): Promise<void> {
    await this.ds.query(`DELETE FROM rate_limit WHERE starts_with(key, $1)`, [prefix]);
  }

  /** Drops rows whose window and block have both ended; a hit on such a row would start afresh anyway. */
  async sweep(): Promise<number> {
    const [, deleted] = await this.ds.query(
      `DELETE FROM rate_limit WHERE expires_at < now() AND (blocked_until IS NULL OR blocked_until < now())`,
    );
    return deleted;
  }

  onModuleInit(): void {
    this.sweeper = setInterval(
      () => this.sweep().catch((err: Error) => this.log.warn(`Sweeping rate limits failed: ${err.message}`)),
      SWEEP_EVERY_MS,
    );
    this.sweeper.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }
}

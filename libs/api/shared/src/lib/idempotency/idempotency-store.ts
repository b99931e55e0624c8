import { DataSource } from 'typeorm';
import { StoredKey } from './idempotency-rules';

/** How long a key is remembered: long enough for any retry by a person or a flaky phone connection. */
const KEEP = `interval '24 hours'`;

/** A person's first use of an idempotency key on a route, with the fingerprint of the body it came with. */
export interface IdempotencyClaim {
  userId: string;
  key: string;
  route: string;
  fingerprint: string;
}

/**
 * The `idempotency_key` table, used through SQL only (like the rate limits). Each statement stands alone, outside
 * any transaction, so a request waiting for another with the same key holds no connection while it waits.
 */
export class IdempotencyStore {
  constructor(private readonly ds: DataSource) {}

  /** True when this request is the first with the key (it must then finish or release it). */
  async claim({ userId, key, route, fingerprint }: IdempotencyClaim): Promise<boolean> {
    // A key older than a day is forgotten: the person's expired keys go, so the table stays small.
    await this.ds.query(`DELETE FROM idempotency_key WHERE user_id = $1 AND created_at < now() - ${KEEP}`, [userId]);
    const rows: unknown[] = await this.ds.query(
      `INSERT INTO idempotency_key (user_id, key, route, fingerprint) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT idempotency_key_pk DO NOTHING RETURNING 1`,
      [userId, key, route, fingerprint],
    );
    return rows.length === 1;
  }

  async find(userId: string, key: string): Promise<StoredKey | null> {
    const [row] = await this.ds.query(
      `SELECT fingerprint, response, completed_at IS NOT NULL AS done FROM idempotency_key WHERE user_id = $1 AND key = $2`,
      [userId, key],
    );
    return row ? { fingerprint: row.fingerprint, done: row.done, response: row.response } : null;
  }

  async finish(userId: string, key: string, response: unknown): Promise<void> {
    await this.ds.query(
      `UPDATE idempotency_key SET response = $3::jsonb, completed_at = now() WHERE user_id = $1 AND key = $2`,
      [userId, key, JSON.stringify(response ?? null)],
    );
  }

  /** A failed request leaves nothing behind (its transaction rolled back), so its key may be tried again. */
  async release(userId: string, key: string): Promise<void> {
    await this.ds.query(`DELETE FROM idempotency_key WHERE user_id = $1 AND key = $2 AND completed_at IS NULL`, [
      userId,
      key,
    ]);
  }
}

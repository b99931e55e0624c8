import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counters of the rate limits and of failed sign-ins, shared by every API process (docs/adr/0007). Unlogged: a
 * counter is not worth a WAL write per request, and a database crash only resets the limits. Used through SQL
 * only (RateLimitStore), so no entity maps it. Failed sign-ins are counted here per (login, client) now, so the
 * per-account columns go.
 */
export class CreateRateLimit1764150000900 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNLOGGED TABLE rate_limit (
        key text PRIMARY KEY,
        hits int NOT NULL,
        expires_at timestamptz NOT NULL,
        blocked_until timestamptz
      )`);
    await q.query(`ALTER TABLE app_user DROP COLUMN failed_sign_ins, DROP COLUMN sign_in_blocked_until`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE app_user ADD COLUMN failed_sign_ins int NOT NULL DEFAULT 0,
        ADD COLUMN sign_in_blocked_until timestamptz`);
    await q.query(`DROP TABLE rate_limit`);
  }
}

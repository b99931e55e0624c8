import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys of creates (docs/adr/0024): per person, the route and body fingerprint a key stands for and,
 * once done, the answer to replay. Used through SQL only (IdempotencyStore), so no entity maps it. Logged, unlike
 * the rate limits: after a crash a retried create must still find its first answer.
 */
export class CreateIdempotencyKeys1764160700000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_key (
        user_id uuid NOT NULL,
        key text NOT NULL,
        route text NOT NULL,
        fingerprint text NOT NULL,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        CONSTRAINT idempotency_key_pk PRIMARY KEY (user_id, key),
        CONSTRAINT idempotency_key_user_fk FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE CASCADE,
        CONSTRAINT idempotency_key_shape CHECK (key ~ '^[A-Za-z0-9_-]{8,128}$'),
        CONSTRAINT idempotency_key_answered CHECK ((completed_at IS NULL) = (response IS NULL))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_key`);
  }
}

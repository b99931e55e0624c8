import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions that end (docs/adr/0009): a session version per person, carried by access tokens and stamped on refresh
 * tokens, so that bumping it ends every session at once; accounts an admin has disabled; and a history of those
 * actions, which the API may add to and read but never change. lc_app keeps its table-wide UPDATE on app_user
 * and refresh_token (the new columns are covered by it); the history table is insert-only for it.
 */
export class SessionsThatEnd1764150001200 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE app_user
        ADD COLUMN session_version int NOT NULL DEFAULT 0,
        ADD COLUMN disabled_at timestamptz,
        ADD COLUMN disabled_by uuid REFERENCES app_user(id),
        ADD COLUMN disable_reason text,
        ADD CONSTRAINT app_user_disable_has_reason CHECK ((disabled_at IS NULL) = (disable_reason IS NULL))`);
    await q.query(`ALTER TABLE refresh_token ADD COLUMN session_version int NOT NULL DEFAULT 0`);
    // The auth cache reads a person's recently ended sign-ins on a miss.
    await q.query(`CREATE INDEX refresh_token_user_revoked_idx ON refresh_token (user_id, revoked_at)`);
    await q.query(`
      CREATE TABLE account_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        action text NOT NULL CHECK (action IN ('disabled', 'enabled', 'sessions_ended', 'refresh_reuse')),
        actor_id uuid REFERENCES app_user(id),
        reason text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX account_event_user_idx ON account_event (user_id, created_at)`);
    // Default privileges gave lc_app UPDATE and DELETE too: history is only ever added to.
    await q.query(`REVOKE UPDATE, DELETE ON account_event FROM lc_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE account_event`);
    await q.query(`DROP INDEX refresh_token_user_revoked_idx`);
    await q.query(`ALTER TABLE refresh_token DROP COLUMN session_version`);
    await q.query(`
      ALTER TABLE app_user
        DROP CONSTRAINT app_user_disable_has_reason,
        DROP COLUMN disable_reason,
        DROP COLUMN disabled_by,
        DROP COLUMN disabled_at,
        DROP COLUMN session_version`);
  }
}

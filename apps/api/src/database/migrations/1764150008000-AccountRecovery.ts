import { MigrationInterface, QueryRunner } from 'typeorm';

const OLD_ACTIONS = `'disabled', 'enabled', 'sessions_ended', 'refresh_reuse'`;
const NEW_ACTIONS = `'reset_code_issued', 'password_reset_with_reset_code', 'password_reset_with_recovery_code',
  'recovery_code_renewed', 'sign_in_unlocked'`;

/**
 * Account recovery (docs/adr/0017): a person's recovery code (its hash, and when it was made), the one-time reset
 * codes that commune officers issue after checking a chip ID card, and the new actions of the account history.
 * Issued codes stay as a record: lc_app may mark them used or void, never delete them.
 */
export class AccountRecovery1764150008000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE app_user
        ADD COLUMN recovery_code_hash text,
        ADD COLUMN recovery_code_created_at timestamptz,
        ADD CONSTRAINT app_user_recovery_code_dated
          CHECK ((recovery_code_hash IS NULL) = (recovery_code_created_at IS NULL))`);
    await q.query(`
      CREATE TABLE password_reset_code (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        code_hash text NOT NULL,
        issued_by uuid NOT NULL REFERENCES app_user(id),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        voided_at timestamptz,
        failed_attempts int NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT password_reset_code_ended_once CHECK (used_at IS NULL OR voided_at IS NULL)
      )`);
    // At most one open code per person: issuing another voids the one before.
    await q.query(`
      CREATE UNIQUE INDEX password_reset_code_open_uq ON password_reset_code (user_id)
        WHERE used_at IS NULL AND voided_at IS NULL`);
    await q.query(`REVOKE DELETE ON password_reset_code FROM lc_app`);
    await q.query(`ALTER TABLE account_event DROP CONSTRAINT account_event_action_check`);
    await q.query(`
      ALTER TABLE account_event ADD CONSTRAINT account_event_action_check
        CHECK (action IN (${OLD_ACTIONS}, ${NEW_ACTIONS}))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE account_event DROP CONSTRAINT account_event_action_check`);
    await q.query(`DELETE FROM account_event WHERE action NOT IN (${OLD_ACTIONS})`);
    await q.query(
      `ALTER TABLE account_event ADD CONSTRAINT account_event_action_check CHECK (action IN (${OLD_ACTIONS}))`,
    );
    await q.query(`DROP TABLE password_reset_code`);
    await q.query(`
      ALTER TABLE app_user
        DROP CONSTRAINT app_user_recovery_code_dated,
        DROP COLUMN recovery_code_created_at,
        DROP COLUMN recovery_code_hash`);
  }
}

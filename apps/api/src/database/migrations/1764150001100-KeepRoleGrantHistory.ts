import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A revoked role stays on record: who revoked it, when and why. Only the active (non-revoked) grants are unique
 * per person, role and area, so a role can be granted again later. The API may set the revocation columns and
 * nothing else of a grant, never delete one, and a revocation is final.
 */
export class KeepRoleGrantHistory1764150001100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE role_grant
        ADD COLUMN revoked_at timestamptz,
        ADD COLUMN revoked_by uuid,
        ADD COLUMN revoke_reason text,
        ADD CONSTRAINT role_grant_revocation_has_reason CHECK ((revoked_at IS NULL) = (revoke_reason IS NULL))`);
    await q.query(`ALTER TABLE role_grant DROP CONSTRAINT role_grant_user_id_role_area_id_key`);
    await q.query(
      `CREATE UNIQUE INDEX role_grant_active_uq ON role_grant (user_id, role, area_id) WHERE revoked_at IS NULL`,
    );
    await q.query(`
      CREATE FUNCTION role_grant_keep_history() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.revoked_at IS NOT NULL
           OR (NEW.user_id, NEW.role, NEW.area_id, NEW.granted_by, NEW.created_at)
              IS DISTINCT FROM (OLD.user_id, OLD.role, OLD.area_id, OLD.granted_by, OLD.created_at) THEN
          RAISE EXCEPTION 'role grants are history: a grant is only ever revoked, once' USING ERRCODE = 'LC002';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER role_grant_keep_history BEFORE UPDATE ON role_grant
      FOR EACH ROW EXECUTE FUNCTION role_grant_keep_history()`);
    await q.query(`REVOKE UPDATE, DELETE ON role_grant FROM lc_app`);
    await q.query(`GRANT UPDATE (revoked_at, revoked_by, revoke_reason) ON role_grant TO lc_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`GRANT UPDATE, DELETE ON role_grant TO lc_app`);
    await q.query(`DROP TRIGGER role_grant_keep_history ON role_grant`);
    await q.query(`DROP FUNCTION role_grant_keep_history`);
    // Before this history, revoking a role deleted its row.
    await q.query(`DELETE FROM role_grant WHERE revoked_at IS NOT NULL`);
    await q.query(`DROP INDEX role_grant_active_uq`);
    await q.query(
      `ALTER TABLE role_grant ADD CONSTRAINT role_grant_user_id_role_area_id_key UNIQUE (user_id, role, area_id)`,
    );
    await q.query(`
      ALTER TABLE role_grant
        DROP CONSTRAINT role_grant_revocation_has_reason,
        DROP COLUMN revoke_reason,
        DROP COLUMN revoked_by,
        DROP COLUMN revoked_at`);
  }
}

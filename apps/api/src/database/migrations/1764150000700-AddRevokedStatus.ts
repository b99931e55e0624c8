import { MigrationInterface, QueryRunner } from 'typeorm';

/** A recognised title may be revoked with a reason (PRODUCT.md §7). */
export class AddRevokedStatus1764150000700 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE title_application DROP CONSTRAINT title_application_status_check`);
    await q.query(`
      ALTER TABLE title_application ADD CONSTRAINT title_application_status_check
      CHECK (status IN ('draft','submitted','verified','recognised','returned','rejected','revoked'))`);
    // Until now a revoked title was a recognised one with revoked_at set.
    await q.query(
      `UPDATE title_application SET status = 'revoked' WHERE status = 'recognised' AND revoked_at IS NOT NULL`,
    );
    await q.query(`
      ALTER TABLE title_application ADD CONSTRAINT title_application_revoked_check
      CHECK ((status = 'revoked') = (revoked_at IS NOT NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE title_application DROP CONSTRAINT title_application_revoked_check`);
    await q.query(`ALTER TABLE title_application DROP CONSTRAINT title_application_status_check`);
    // Before this migration a revoked title was a recognised one with revoked_at set.
    await q.query(`UPDATE title_application SET status = 'recognised' WHERE status = 'revoked'`);
    await q.query(`
      ALTER TABLE title_application ADD CONSTRAINT title_application_status_check
      CHECK (status IN ('draft','submitted','verified','recognised','returned','rejected'))`);
  }
}

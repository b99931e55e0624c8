import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A recognised title's place in the revocation Bitstring Status List (issue 9 §3), given when its credential is first
 * issued. Random rather than in order of issue, so that neighbouring bits say nothing about who was recognised when.
 */
export class CredentialStatusIndex1764150010000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE title_application
        ADD COLUMN credential_status_index integer UNIQUE
          CHECK (credential_status_index >= 0 AND credential_status_index < 131072)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE title_application DROP COLUMN credential_status_index`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The signed credential of a title, kept as first issued (issue 9 §3), so that the public look-up by code checks
 * what was signed rather than only what the tables say now. Append-only for the API: a signature that no longer
 * matches the title's facts shows that they were changed behind the workflow.
 */
export class StoreIssuedCredentials1764160100100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE title_credential (
        application_id uuid NOT NULL,
        credential text NOT NULL,
        kid text NOT NULL,
        issued_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT title_credential_pkey PRIMARY KEY (application_id),
        CONSTRAINT title_credential_application_fkey FOREIGN KEY (application_id) REFERENCES title_application(id),
        CONSTRAINT title_credential_size CHECK (length(credential) <= 20000)
      )`);
    await q.query(`GRANT SELECT, INSERT ON title_credential TO lc_app`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON title_credential FROM lc_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE title_credential`);
  }
}

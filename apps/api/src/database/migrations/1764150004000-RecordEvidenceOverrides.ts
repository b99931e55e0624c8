import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A transition records what was wrong with the applicant's evidence chain when it was made, and the officer's
 * reason for acting anyway (docs/adr/0013). The history is the accountability: the API may add to it, never change
 * or remove what it holds.
 */
export class RecordEvidenceOverrides1764150004000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE application_transition
        ADD COLUMN evidence_problem text,
        ADD COLUMN evidence_override text,
        ADD CONSTRAINT application_transition_evidence_problem
          CHECK (evidence_problem IN ('modified', 'rehashed', 'truncated')),
        ADD CONSTRAINT application_transition_override_has_problem
          CHECK (evidence_override IS NULL OR evidence_problem IS NOT NULL)`);
    await q.query(`REVOKE UPDATE, DELETE ON application_transition FROM lc_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`GRANT UPDATE, DELETE ON application_transition TO lc_app`);
    await q.query(`
      ALTER TABLE application_transition
        DROP CONSTRAINT application_transition_override_has_problem,
        DROP CONSTRAINT application_transition_evidence_problem,
        DROP COLUMN evidence_override,
        DROP COLUMN evidence_problem`);
  }
}

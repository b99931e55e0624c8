import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * K3 and K4 count only the city's digital-skills assessment (issue 8 §1): a trainer's course test, however it is
 * marked, is learning, never a measure of skills. The one predicate of docs/adr/0015 changes, and the rollups are
 * rebuilt from the records. Attested national confirmations still count for K3.
 */
export class OnlyAssessmentCountsForSkills1764150011000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(
      predicate(`trust = 'verified' AND object_type = 'digital_skills_assessment' AND domain_levels IS NOT NULL`),
    );
    await q.query(`SELECT kpi_rollup_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(predicate(`trust = 'verified' AND domain_levels IS NOT NULL`));
    await q.query(`SELECT kpi_rollup_rebuild()`);
  }
}

function predicate(assessment: string): string {
  return `CREATE OR REPLACE FUNCTION skills_evidence_kind(trust text, object_type text, success boolean, domain_levels jsonb)
     RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
       SELECT CASE
         WHEN ${assessment} THEN 'assessment'
         WHEN trust = 'attested' AND object_type = 'national_digital_skills' AND success IS TRUE THEN 'confirmation'
       END
     $$`;
}

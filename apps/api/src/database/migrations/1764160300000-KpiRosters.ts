import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * K2 and K0 over imported rosters (issue 10 §4, docs/adr/0018-rosters-for-k0-and-k2.md).
 *
 * - `kpi_roster_member`: who is on the learning units' or the association's roster, per commune and year, by
 *   citizen ID number. An import replaces the rosters of the communes and years it names.
 * - `kpi_criteria_course`: the one course whose passed test counts as having studied the title's criteria (K0).
 * - Query interfaces of other contexts, each commented with its owner: `person_citizen_id` (identity),
 *   `course_test` (catalog) and `passed_test` (records: server-graded passes only).
 */
export class KpiRosters1764160300000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    for (const sql of up) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE kpi_criteria_course`);
    await q.query(`DROP TABLE kpi_roster_member`);
    await q.query(`DROP INDEX learning_record_passed_test_idx`);
    for (const view of ['passed_test', 'course_test', 'person_citizen_id']) await q.query(`DROP VIEW ${view}`);
  }
}

const VN = `'Asia/Ho_Chi_Minh'`;

const up = [
  `CREATE VIEW person_citizen_id AS
     SELECT u.citizen_id, u.id AS person_id FROM app_user u WHERE u.citizen_id IS NOT NULL`,
  `COMMENT ON VIEW person_citizen_id IS
     'identity, for reporting: the account behind a citizen ID number, to match imported rosters (never listed)'`,
  `CREATE VIEW course_test AS
     SELECT m.course_id, mat.test_id, c.status AS course_status
     FROM material mat JOIN course_module m ON m.id = mat.module_id JOIN course c ON c.id = m.course_id
     WHERE mat.test_id IS NOT NULL`,
  `COMMENT ON VIEW course_test IS 'catalog, for reporting: the tests of each course, and whether it is published'`,
  // Only a pass graded on the server counts (trust verified, ADR 0003): a browser's report of reading the material
  // or of a score is not proof of having studied anything.
  `CREATE VIEW passed_test AS
     SELECT r.person_id, r.object_id AS test_id, (r.occurred_at AT TIME ZONE ${VN})::date AS passed_on
     FROM learning_record r
     WHERE r.trust = 'verified' AND r.object_type = 'test' AND r.success IS TRUE`,
  `COMMENT ON VIEW passed_test IS 'records, for reporting: tests passed, as graded by the server (verified) only'`,
  `CREATE INDEX learning_record_passed_test_idx ON learning_record (person_id, object_id)
     WHERE trust = 'verified' AND object_type = 'test' AND success IS TRUE`,
  `CREATE TABLE kpi_roster_member (
     kind text NOT NULL,
     commune_id text NOT NULL,
     year int NOT NULL,
     citizen_id text NOT NULL,
     category text NOT NULL,
     unit_name text,
     imported_at timestamptz NOT NULL DEFAULT now(),
     imported_by uuid NOT NULL,
     CONSTRAINT kpi_roster_member_pk PRIMARY KEY (kind, year, commune_id, citizen_id),
     CONSTRAINT kpi_roster_member_commune_fk FOREIGN KEY (commune_id) REFERENCES area (id),
     CONSTRAINT kpi_roster_member_kind CHECK (
       (kind = 'learning_unit' AND category IN ('agency', 'school', 'enterprise') AND unit_name IS NOT NULL)
       OR (kind = 'association' AND category IN ('official', 'member') AND unit_name IS NULL)),
     CONSTRAINT kpi_roster_member_citizen_id CHECK (citizen_id ~ '^[0-9]{12}$'),
     CONSTRAINT kpi_roster_member_year CHECK (year BETWEEN 2000 AND 2100),
     CONSTRAINT kpi_roster_member_unit_name CHECK (length(unit_name) BETWEEN 2 AND 200)
   )`,
  `CREATE TABLE kpi_criteria_course (
     singleton boolean NOT NULL DEFAULT true,
     course_id uuid NOT NULL,
     set_by uuid NOT NULL,
     set_at timestamptz NOT NULL DEFAULT now(),
     CONSTRAINT kpi_criteria_course_pk PRIMARY KEY (singleton),
     CONSTRAINT kpi_criteria_course_singleton CHECK (singleton),
     CONSTRAINT kpi_criteria_course_course_fk FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
   )`,
];

import { MigrationInterface, QueryRunner } from 'typeorm';
import { functions as rollupFunctions } from './1764150005000-KpiRollups';

/**
 * K2 and K0 kept by the rollups of docs/adr/0015 (docs/adr/0018, "Reads"): per roster kind, year and commune, the
 * people listed and those who count, so a read sums O(communes) rows instead of every roster row.
 *
 * - `kpi_person.roster_counts` records, per person, the roster entries (`kind/year/commune`) in which they count
 *   (K2: a title held that year; K0: a verified pass of a criteria-course test by then). The person's recount at
 *   commit appends the difference to `kpi_roster_delta`, beside the other counters' ledger.
 * - Listed people (with or without an account) are counted by statement triggers on `kpi_roster_member`, which also
 *   mark the listed citizen IDs. At commit every mark is recounted under a lock on the citizen ID (or the person,
 *   without one), so an import and a registration of the same number cannot miss each other's rows.
 * - The rebuild, the comparison and the compactor are extended by wrapping the earlier functions, not copied.
 */
export class KpiRosterRollup1764160310000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    for (const sql of up) await q.query(sql);
    await q.query(`SELECT kpi_rollup_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of down) await q.query(sql);
    await q.query(`SELECT kpi_rollup_rebuild()`);
  }
}

const DEFINER = `SECURITY DEFINER SET search_path = public, pg_temp`;
const ROLLUP_LOCKS = `hashtext('kpi_rollup')`;
const REBUILD_KEY = `${ROLLUP_LOCKS}, 0`;
const COMPACT_KEY = `${ROLLUP_LOCKS}, 1`;
const CITIZEN_LOCKS = `hashtext('kpi_citizen_bucket')`;
const PERSON_LOCKS = `hashtext('kpi_person_bucket')`;
const BUCKET = (key: string) => `hashtext(${key}) & 255`;
/** Everyone a transaction's flush recounts: persons marked, and the holders of numbers marked (read after the locks). */
const FLUSHED = `SELECT person_id FROM kpi_dirty WHERE txid = txid_current()
         UNION
         SELECT a.person_id FROM kpi_dirty_citizen c JOIN person_citizen_id a ON a.citizen_id = c.citizen_id
         WHERE c.txid = txid_current()`;
const COUNTERS = ['adults', 'holders', 'with_skills', 'proficient', 'proficient_with_skills'];
const KEY = 'year, sex, age_band, population_group';
const sums = (from = '') => COUNTERS.map((c) => `sum(${from}${c})::int`).join(', ');

/** Evidence, voids, and now server-graded test passes (a pass of the criteria course moves K0). */
const RECORD_MARK = `NEW.voids_record_id IS NOT NULL
     OR skills_evidence_kind(NEW.trust, NEW.object_type, NEW.success, NEW.domain_levels) IS NOT NULL`;
const PASS_MARK = `(NEW.trust = 'verified' AND NEW.object_type = 'test' AND NEW.success IS TRUE)`;

const recordTrigger = (when: string) => [
  `DROP TRIGGER learning_record_kpi_mark ON learning_record`,
  `CREATE TRIGGER learning_record_kpi_mark AFTER INSERT ON learning_record
   FOR EACH ROW WHEN (${when}) EXECUTE FUNCTION kpi_mark_person('person_id')`,
];

/** The person source of ADR 0015, with the roster entries in which the person counts appended. */
export const personSource = (rosters: boolean) => `CREATE OR REPLACE VIEW kpi_person_source AS
     SELECT pf.person_id, pf.commune_id, pf.group_id, coalesce(pf.gender, 'unknown') AS sex, pf.birth_year,
            coalesce(pf.population_group, 'unknown') AS population_group, pf.registered_year,
            coalesce(h.years, '{}') AS holder_years,
            coalesce(s.skills_years, '{}') AS skills_years,
            coalesce(s.proficient_years, '{}') AS proficient_years
            ${rosters ? `, coalesce(ro.entries, '{}') AS roster_counts` : ''}
     FROM person_facts pf
     LEFT JOIN (
       SELECT person_id, array_agg(year ORDER BY year) AS years FROM kpi_holder_year GROUP BY person_id
     ) h ON h.person_id = pf.person_id
     LEFT JOIN (
       SELECT person_id,
              coalesce(array_agg(year ORDER BY year) FILTER (WHERE has_skills), '{}') AS skills_years,
              coalesce(array_agg(year ORDER BY year) FILTER (WHERE proficient), '{}') AS proficient_years
       FROM kpi_skills_year
       GROUP BY person_id
     ) s ON s.person_id = pf.person_id
     ${
       rosters
         ? `LEFT JOIN person_citizen_id a ON a.person_id = pf.person_id
     LEFT JOIN kpi_criteria_year cy ON cy.person_id = pf.person_id
     LEFT JOIN LATERAL (
       SELECT array_agg(r.kind || '/' || r.year::text || '/' || r.commune_id ORDER BY r.kind, r.year, r.commune_id)
                AS entries
       FROM kpi_roster_member r
       WHERE r.citizen_id = a.citizen_id
         AND CASE r.kind WHEN 'learning_unit' THEN r.year = ANY (h.years) ELSE cy.year <= r.year END
     ) ro ON true`
         : ''
     }`;

const tables = [
  `ALTER TABLE kpi_person ADD COLUMN roster_counts text[] NOT NULL DEFAULT '{}'`,
  `ALTER TABLE kpi_person ALTER COLUMN roster_counts DROP DEFAULT`,
  `CREATE INDEX kpi_roster_member_citizen_idx ON kpi_roster_member (citizen_id)`,
  `CREATE TABLE kpi_rollup_roster (
     kind text NOT NULL, year int NOT NULL, commune_id text NOT NULL, members int NOT NULL, counted int NOT NULL,
     CONSTRAINT kpi_rollup_roster_pk PRIMARY KEY (year, kind, commune_id)
   )`,
  `CREATE TABLE kpi_roster_delta (
     id bigint GENERATED ALWAYS AS IDENTITY,
     kind text NOT NULL, year int NOT NULL, commune_id text NOT NULL, members int NOT NULL, counted int NOT NULL,
     CONSTRAINT kpi_roster_delta_pk PRIMARY KEY (id)
   )`,
  `CREATE INDEX kpi_roster_delta_year_idx ON kpi_roster_delta (year, kind)`,
  `CREATE UNLOGGED TABLE kpi_dirty_citizen (
     txid bigint NOT NULL,
     citizen_id text NOT NULL,
     CONSTRAINT kpi_dirty_citizen_pk PRIMARY KEY (txid, citizen_id)
   )`,
  // One row per importing transaction, so its commit fires the flush once, not once per listed number (each later
  // firing would step over every number already flushed: quadratic in the file).
  `CREATE UNLOGGED TABLE kpi_dirty_roster (
     txid bigint NOT NULL,
     CONSTRAINT kpi_dirty_roster_pk PRIMARY KEY (txid)
   )`,
  // The year of a person's first verified pass of a test of the criteria course: K0 counts them from then on.
  `CREATE VIEW kpi_criteria_year AS
     SELECT t.person_id, min(extract(year FROM t.passed_on))::int AS year
     FROM passed_test t
     JOIN course_test c ON c.test_id::text = t.test_id
     JOIN kpi_criteria_course k ON k.course_id = c.course_id
     GROUP BY t.person_id`,
  personSource(true),
];

/** Exported so that later migrations' `down` can put these definitions back. */
export const functions = [
  `CREATE FUNCTION kpi_roster_contributions(p kpi_person)
     RETURNS TABLE (kind text, year int, commune_id text) LANGUAGE sql IMMUTABLE AS $$
       SELECT split_part(e, '/', 1), split_part(e, '/', 2)::int, split_part(e, '/', 3) FROM unnest(p.roster_counts) e
     $$`,
  `CREATE OR REPLACE FUNCTION kpi_person_refresh(p uuid) RETURNS void LANGUAGE plpgsql ${DEFINER} AS $$
     DECLARE
       old_row kpi_person;
       new_row kpi_person;
     BEGIN
       -- The caller (the flush) holds the lock of the person's bucket.
       SELECT * INTO old_row FROM kpi_person WHERE person_id = p;
       SELECT * INTO new_row FROM kpi_person_source WHERE person_id = p;
       IF old_row IS NOT DISTINCT FROM new_row THEN
         RETURN;
       END IF;
       INSERT INTO kpi_rollup_delta (commune_id, group_id, ${KEY}, ${COUNTERS.join(', ')})
       SELECT c.commune_id, c.group_id, c.year, c.sex, c.age_band, c.population_group, ${sums('c.')}
       FROM (
         SELECT * FROM kpi_contributions(new_row)
         UNION ALL
         SELECT o.commune_id, o.group_id, o.year, o.sex, o.age_band, o.population_group,
                ${COUNTERS.map((n) => `-o.${n}`).join(', ')}
         FROM kpi_contributions(old_row) o
       ) c
       GROUP BY c.commune_id, c.group_id, c.year, c.sex, c.age_band, c.population_group
       HAVING ${COUNTERS.map((n) => `sum(c.${n}) <> 0`).join(' OR ')};
       INSERT INTO kpi_roster_delta (kind, year, commune_id, members, counted)
       SELECT c.kind, c.year, c.commune_id, 0, sum(c.n)::int
       FROM (
         SELECT n.kind, n.year, n.commune_id, 1 AS n FROM kpi_roster_contributions(new_row) n
         UNION ALL
         SELECT o.kind, o.year, o.commune_id, -1 FROM kpi_roster_contributions(old_row) o
       ) c
       GROUP BY c.kind, c.year, c.commune_id
       HAVING sum(c.n) <> 0;
       IF new_row.person_id IS NULL THEN
         DELETE FROM kpi_person WHERE person_id = p;
       ELSE
         INSERT INTO kpi_person SELECT new_row.*
         ON CONFLICT ON CONSTRAINT kpi_person_pk DO UPDATE SET
           commune_id = EXCLUDED.commune_id, group_id = EXCLUDED.group_id, sex = EXCLUDED.sex,
           birth_year = EXCLUDED.birth_year, population_group = EXCLUDED.population_group,
           registered_year = EXCLUDED.registered_year, holder_years = EXCLUDED.holder_years,
           skills_years = EXCLUDED.skills_years, proficient_years = EXCLUDED.proficient_years,
           roster_counts = EXCLUDED.roster_counts;
       END IF;
     END $$`,
  // At commit: every marked person and citizen ID. Locks come in two rounds, each in one global order: first the
  // buckets of the citizen IDs (so an import and a registration of the same number count one after the other, the
  // second seeing the first's rows, since who holds a number is read only after them), then the buckets of the
  // persons recounted (so two recounts of one person never overlap). Buckets bound the locks a transaction holds
  // (at most 2 × 256, whatever the size of an import) within PostgreSQL's shared lock table.
  `CREATE OR REPLACE FUNCTION kpi_dirty_flush() RETURNS trigger LANGUAGE plpgsql ${DEFINER} AS $$
     DECLARE
       b int;
       p uuid;
     BEGIN
       IF NOT EXISTS (SELECT 1 FROM kpi_dirty WHERE txid = txid_current())
          AND NOT EXISTS (SELECT 1 FROM kpi_dirty_citizen WHERE txid = txid_current()) THEN
         RETURN NULL;
       END IF;
       PERFORM pg_advisory_xact_lock_shared(${REBUILD_KEY});
       FOR b IN SELECT DISTINCT ${BUCKET('i.citizen_id')} FROM (
                  SELECT a.citizen_id FROM kpi_dirty d JOIN person_citizen_id a ON a.person_id = d.person_id
                  WHERE d.txid = txid_current()
                  UNION ALL
                  SELECT c.citizen_id FROM kpi_dirty_citizen c WHERE c.txid = txid_current()
                ) i ORDER BY 1 LOOP
         PERFORM pg_advisory_xact_lock(${CITIZEN_LOCKS}, b);
       END LOOP;
       FOR b IN SELECT DISTINCT ${BUCKET('f.person_id::text')} FROM (${FLUSHED}) f ORDER BY 1 LOOP
         PERFORM pg_advisory_xact_lock(${PERSON_LOCKS}, b);
       END LOOP;
       FOR p IN ${FLUSHED} ORDER BY 1 LOOP
         PERFORM kpi_person_refresh(p);
       END LOOP;
       DELETE FROM kpi_dirty WHERE txid = txid_current();
       DELETE FROM kpi_dirty_citizen WHERE txid = txid_current();
       DELETE FROM kpi_dirty_roster WHERE txid = txid_current();
       RETURN NULL;
     END $$`,
  // Listed people count whether or not they have an account; each listed number is recounted at commit.
  `CREATE FUNCTION kpi_roster_mark() RETURNS trigger LANGUAGE plpgsql ${DEFINER} AS $$
     BEGIN
       INSERT INTO kpi_dirty_roster VALUES (txid_current()) ON CONFLICT DO NOTHING;
       IF TG_OP IN ('UPDATE', 'DELETE') THEN
         INSERT INTO kpi_roster_delta (kind, year, commune_id, members, counted)
         SELECT kind, year, commune_id, -count(*)::int, 0 FROM old_rows GROUP BY kind, year, commune_id
         ORDER BY year, kind, commune_id;
         INSERT INTO kpi_dirty_citizen SELECT DISTINCT txid_current(), citizen_id FROM old_rows
         ON CONFLICT DO NOTHING;
       END IF;
       IF TG_OP IN ('INSERT', 'UPDATE') THEN
         INSERT INTO kpi_roster_delta (kind, year, commune_id, members, counted)
         SELECT kind, year, commune_id, count(*)::int, 0 FROM new_rows GROUP BY kind, year, commune_id
         ORDER BY year, kind, commune_id;
         INSERT INTO kpi_dirty_citizen SELECT DISTINCT txid_current(), citizen_id FROM new_rows
         ON CONFLICT DO NOTHING;
       END IF;
       RETURN NULL;
     END $$`,
  // Another criteria course changes who counts for K0. Taken exclusively, the rebuild lock waits for flushes in
  // progress and holds new ones until commit, so a pass committed meanwhile is either marked here or recounted
  // afterwards against the new course; only people who passed a test of either course are recounted.
  `CREATE FUNCTION kpi_criteria_course_changed() RETURNS trigger LANGUAGE plpgsql ${DEFINER} AS $$
     BEGIN
       PERFORM pg_advisory_xact_lock(${REBUILD_KEY});
       INSERT INTO kpi_dirty
       SELECT DISTINCT txid_current(), t.person_id
       FROM passed_test t JOIN course_test c ON c.test_id::text = t.test_id
       WHERE c.course_id IN (SELECT course_id FROM kpi_criteria_course
                             UNION SELECT (to_jsonb(OLD)->>'course_id')::uuid)
       ON CONFLICT DO NOTHING;
       RETURN NULL;
     END $$`,
  `ALTER FUNCTION kpi_rollup_rebuild() RENAME TO kpi_rollup_rebuild_people`,
  `CREATE FUNCTION kpi_rollup_rebuild() RETURNS void LANGUAGE plpgsql ${DEFINER} SET work_mem = '256MB' AS $$
     BEGIN
       PERFORM kpi_rollup_rebuild_people();
       DELETE FROM kpi_roster_delta;
       DELETE FROM kpi_rollup_roster;
       INSERT INTO kpi_rollup_roster (kind, year, commune_id, members, counted)
       SELECT kind, year, commune_id, sum(members)::int, sum(counted)::int FROM kpi_roster_fresh
       GROUP BY kind, year, commune_id ORDER BY year, kind, commune_id;
     END $$`,
  // Listed and counted people per roster, counted afresh: the rebuild's and the comparison's one definition.
  `CREATE VIEW kpi_roster_fresh AS
     SELECT kind, year, commune_id, 1 AS members, 0 AS counted FROM kpi_roster_member
     UNION ALL
     SELECT c.kind, c.year, c.commune_id, 0, 1 FROM kpi_person p CROSS JOIN LATERAL kpi_roster_contributions(p) c`,
  `ALTER FUNCTION kpi_rollup_diff() RENAME TO kpi_rollup_diff_people`,
  `CREATE FUNCTION kpi_rollup_diff()
     RETURNS TABLE (kind text, key text, expected int[], actual int[])
     LANGUAGE plpgsql ${DEFINER} SET work_mem = '256MB' AS $$
     #variable_conflict use_column
     BEGIN
       RETURN QUERY SELECT * FROM kpi_rollup_diff_people();
       RETURN QUERY
       WITH expected AS (
         SELECT kind, year, commune_id, ARRAY[sum(f.members)::int, sum(f.counted)::int] AS v
         FROM (SELECT kind, year, commune_id, 1 AS members, 0 AS counted FROM kpi_roster_member
               UNION ALL
               SELECT c.kind, c.year, c.commune_id, 0, 1
               FROM kpi_person_source s CROSS JOIN LATERAL kpi_roster_contributions(ROW(s.*)::kpi_person) c) f
         GROUP BY kind, year, commune_id
       ), actual AS (
         SELECT kind, year, commune_id, ARRAY[sum(k.members)::int, sum(k.counted)::int] AS v
         FROM (SELECT kind, year, commune_id, members, counted FROM kpi_rollup_roster
               UNION ALL
               SELECT kind, year, commune_id, members, counted FROM kpi_roster_delta) k
         GROUP BY kind, year, commune_id
       )
       SELECT 'roster'::text, concat_ws('/', kind, commune_id, year),
              coalesce(e.v, '{0,0}'), coalesce(a.v, '{0,0}')
       FROM expected e FULL JOIN actual a USING (kind, year, commune_id)
       WHERE coalesce(e.v, '{0,0}') <> coalesce(a.v, '{0,0}');
     END $$`,
  `ALTER FUNCTION kpi_rollup_compact(int) RENAME TO kpi_rollup_compact_people`,
  `CREATE FUNCTION kpi_rollup_compact(batch int DEFAULT 100000) RETURNS int LANGUAGE plpgsql ${DEFINER} AS $$
     DECLARE
       moved int;
       listed int;
     BEGIN
       moved := kpi_rollup_compact_people(batch);
       IF NOT pg_try_advisory_xact_lock(${COMPACT_KEY}) THEN
         RETURN moved;
       END IF;
       WITH d AS (
         DELETE FROM kpi_roster_delta
         WHERE id IN (SELECT id FROM kpi_roster_delta ORDER BY id LIMIT batch)
         RETURNING *
       ), c AS (
         INSERT INTO kpi_rollup_roster AS t (kind, year, commune_id, members, counted)
         SELECT kind, year, commune_id, sum(members)::int, sum(counted)::int FROM d
         GROUP BY kind, year, commune_id ORDER BY year, kind, commune_id
         ON CONFLICT ON CONSTRAINT kpi_rollup_roster_pk
         DO UPDATE SET members = t.members + EXCLUDED.members, counted = t.counted + EXCLUDED.counted
       )
       SELECT count(*) INTO listed FROM d;
       RETURN moved + listed;
     END $$`,
];

const triggers = [
  ...recordTrigger(`${RECORD_MARK}\n     OR ${PASS_MARK}`),
  `CREATE CONSTRAINT TRIGGER kpi_dirty_roster_flush AFTER INSERT ON kpi_dirty_roster
   DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION kpi_dirty_flush()`,
  `CREATE TRIGGER kpi_roster_member_insert AFTER INSERT ON kpi_roster_member
   REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_roster_mark()`,
  `CREATE TRIGGER kpi_roster_member_update AFTER UPDATE ON kpi_roster_member
   REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_roster_mark()`,
  `CREATE TRIGGER kpi_roster_member_delete AFTER DELETE ON kpi_roster_member
   REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_roster_mark()`,
  `CREATE TRIGGER kpi_criteria_course_kpi_mark AFTER INSERT OR UPDATE OR DELETE ON kpi_criteria_course
   FOR EACH ROW EXECUTE FUNCTION kpi_criteria_course_changed()`,
];

const privileges = [
  `REVOKE INSERT, UPDATE, DELETE ON kpi_rollup_roster, kpi_roster_delta, kpi_dirty_citizen, kpi_dirty_roster FROM lc_app`,
  `REVOKE EXECUTE ON FUNCTION kpi_rollup_rebuild(), kpi_rollup_diff(), kpi_rollup_compact(int) FROM PUBLIC`,
  `GRANT EXECUTE ON FUNCTION kpi_rollup_compact(int) TO lc_app`,
];

const up = [...tables, ...functions, ...triggers, ...privileges];

const down = [
  `DROP TRIGGER kpi_criteria_course_kpi_mark ON kpi_criteria_course`,
  ...['insert', 'update', 'delete'].map((t) => `DROP TRIGGER kpi_roster_member_${t} ON kpi_roster_member`),
  `DROP TRIGGER kpi_dirty_roster_flush ON kpi_dirty_roster`,
  ...recordTrigger(RECORD_MARK),
  `DROP FUNCTION kpi_rollup_compact(int)`,
  `ALTER FUNCTION kpi_rollup_compact_people(int) RENAME TO kpi_rollup_compact`,
  `DROP FUNCTION kpi_rollup_diff()`,
  `ALTER FUNCTION kpi_rollup_diff_people() RENAME TO kpi_rollup_diff`,
  `DROP FUNCTION kpi_rollup_rebuild()`,
  `ALTER FUNCTION kpi_rollup_rebuild_people() RENAME TO kpi_rollup_rebuild`,
  `DROP VIEW kpi_roster_fresh`,
  `DROP FUNCTION kpi_criteria_course_changed()`,
  `DROP FUNCTION kpi_roster_mark()`,
  // The earlier flush and recount, which know nothing of rosters: the view loses its last column first.
  `DROP VIEW kpi_person_source`,
  personSource(false).replace('CREATE OR REPLACE VIEW', 'CREATE VIEW'),
  ...rollupFunctions
    .filter((f) => /^CREATE FUNCTION (kpi_person_refresh|kpi_dirty_flush)\(/.test(f))
    .map((f) => f.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION')),
  `DROP FUNCTION kpi_roster_contributions(kpi_person)`,
  `ALTER TABLE kpi_person DROP COLUMN roster_counts`,
  `DROP TABLE kpi_dirty_roster`,
  `DROP TABLE kpi_dirty_citizen`,
  `DROP TABLE kpi_roster_delta`,
  `DROP TABLE kpi_rollup_roster`,
  `DROP INDEX kpi_roster_member_citizen_idx`,
  `DROP VIEW kpi_criteria_year`,
];

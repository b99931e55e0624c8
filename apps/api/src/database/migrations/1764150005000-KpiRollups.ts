import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * KPI rollups kept in the same transaction as the events that change them (docs/adr/0015-kpi-rollups.md).
 *
 * 1. Each context's query interface for reporting: `person_facts` (identity: who counts as a citizen, where they
 *    live), `title_holding` (certification: who holds a title, for which years) and `skills_evidence` (records: which
 *    results count as digital-skills evidence, decided by `skills_evidence_kind` alone). Reporting reads these,
 *    never the tables behind them.
 * 2. Reporting's own tables: `kpi_year_rule` (the rule in force for each kept year), `kpi_person` (what the rollups
 *    count for each person), the counters per commune and per residential group, and a ledger of changes not yet
 *    folded into them.
 * 3. Row triggers on the source tables mark the person touched; at commit one deferred trigger recounts each marked
 *    person, in a fixed order, and appends the difference to the ledger. Appending never waits on another writer.
 */
export class KpiRollups1764150005000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    for (const sql of [...queryInterfaces, ...tables, ...functions]) await q.query(sql);
    // The programme's defaults have held since it began (Decision 677/QĐ-TTg covers 2021–2030); from 2025 only,
    // no earlier year could be reported. An edited rule is left as it is.
    await q.query(`
      UPDATE kpi_rule SET valid_from = '2021-01-01', params = params || '{"ageBands": [18, 25, 35, 45, 55, 65]}'
      WHERE valid_from = '2025-01-01' AND params = '{"adultAge": 18, "skillDomains": ["1", "2", "4"], "k3MinLevel": 2, "k4MinLevel": 3}'
        AND (SELECT count(*) FROM kpi_rule) = 1`);
    for (const sql of [...triggers, ...privileges]) await q.query(sql);
    await q.query(`SELECT kpi_rollup_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, trigger] of [
      ['kpi_dirty', 'kpi_dirty_flush'],
      ['kpi_rule', 'kpi_rule_rebuild'],
      ['kpi_rollup_span', 'kpi_rollup_span_rebuild'],
      ['app_user', 'app_user_kpi_mark'],
      ['title_application', 'title_application_kpi_mark'],
      ['learning_record', 'learning_record_kpi_mark'],
    ])
      await q.query(`DROP TRIGGER ${trigger} ON ${table}`);
    for (const fn of [
      'kpi_rules_changed()',
      'kpi_rollup_diff()',
      'kpi_rollup_rebuild()',
      'kpi_rollup_compact(int)',
      'kpi_dirty_flush()',
      'kpi_mark_person()',
      'kpi_person_refresh(uuid)',
      'kpi_year_rule_refresh()',
    ])
      await q.query(`DROP FUNCTION ${fn}`);
    for (const view of ['kpi_person_source', 'kpi_skills_year', 'kpi_holder_year']) await q.query(`DROP VIEW ${view}`);
    await q.query(`DROP FUNCTION kpi_contributions(kpi_person)`);
    await q.query(`DROP FUNCTION kpi_age_band(int, int[])`);
    for (const t of [
      'kpi_dirty',
      'kpi_rollup_delta',
      'kpi_rollup_group',
      'kpi_rollup_commune',
      'kpi_person',
      'kpi_year_rule',
      'kpi_rollup_span',
    ])
      await q.query(`DROP TABLE ${t}`);
    await q.query(`DROP VIEW skills_evidence`);
    await q.query(`DROP INDEX learning_record_skills_evidence_idx`);
    await q.query(`DROP FUNCTION skills_evidence_kind(text, text, boolean, jsonb)`);
    await q.query(`DROP VIEW title_holding`);
    await q.query(`DROP VIEW person_facts`);
    await q.query(`
      UPDATE kpi_rule SET valid_from = '2025-01-01', params = params - 'ageBands'
      WHERE valid_from = '2021-01-01' AND (SELECT count(*) FROM kpi_rule) = 1`);
  }
}

/** Dates are the programme's calendar days, in Vietnam, whatever the server's zone. */
const VN = `'Asia/Ho_Chi_Minh'`;

const queryInterfaces = [
  `CREATE VIEW person_facts AS
     SELECT u.id AS person_id, u.commune_id, u.group_id, u.gender, u.birth_year, u.population_group,
            extract(year FROM u.created_at AT TIME ZONE ${VN})::int AS registered_year
     FROM app_user u
     WHERE u.citizen_id IS NOT NULL`,
  `COMMENT ON VIEW person_facts IS
     'identity, for reporting: citizens (staff accounts have no citizen ID), where they live and what the KPIs break down by'`,
  `CREATE VIEW title_holding AS
     SELECT t.person_id, t.year, t.valid_until, t.commune_id
     FROM title_application t
     WHERE t.status = 'recognised'`,
  `COMMENT ON VIEW title_holding IS
     'certification, for reporting: titles in force (recognised, not revoked), each valid from its year to valid_until'`,
  // The one place that decides which results count as digital-skills evidence for K3 and K4: switching it (for
  // example to the city-wide adaptive assessment only) is a migration that replaces this function and then runs
  // kpi_rollup_rebuild(). Reported and declared records never count (docs/adr/0003), so the index below holds
  // whatever the switch.
  `CREATE FUNCTION skills_evidence_kind(trust text, object_type text, success boolean, domain_levels jsonb)
     RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
       SELECT CASE
         WHEN trust = 'verified' AND domain_levels IS NOT NULL THEN 'assessment'
         WHEN trust = 'attested' AND object_type = 'national_digital_skills' AND success IS TRUE THEN 'confirmation'
       END
     $$`,
  `CREATE INDEX learning_record_skills_evidence_idx ON learning_record (person_id)
     WHERE trust IN ('verified', 'attested')`,
  `CREATE VIEW skills_evidence AS
     SELECT r.person_id, r.id AS record_id, (r.occurred_at AT TIME ZONE ${VN})::date AS occurred_on,
            skills_evidence_kind(r.trust, r.object_type, r.success, r.domain_levels) AS kind, r.domain_levels
     FROM learning_record r
     WHERE r.trust IN ('verified', 'attested')
       AND skills_evidence_kind(r.trust, r.object_type, r.success, r.domain_levels) IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM learning_record v WHERE v.voids_record_id = r.id)`,
  `COMMENT ON VIEW skills_evidence IS
     'records, for reporting: results that count as digital-skills evidence (see skills_evidence_kind), voided ones left out'`,
];

const COUNTERS = ['adults', 'holders', 'with_skills', 'proficient', 'proficient_with_skills'];
const counterColumns = COUNTERS.map((c) => `${c} int NOT NULL`).join(', ');
const sums = (from = '') => COUNTERS.map((c) => `sum(${from}${c})::int`).join(', ');
const addExcluded = COUNTERS.map((c) => `${c} = t.${c} + EXCLUDED.${c}`).join(', ');
const KEY = 'year, sex, age_band, population_group';
const KEY_COLUMNS = 'year int NOT NULL, sex text NOT NULL, age_band text NOT NULL, population_group text NOT NULL';

const tables = [
  `CREATE TABLE kpi_rollup_span (
     id boolean NOT NULL DEFAULT true,
     first_year int NOT NULL,
     last_year int NOT NULL,
     CONSTRAINT kpi_rollup_span_pk PRIMARY KEY (id),
     CONSTRAINT kpi_rollup_span_single CHECK (id),
     CONSTRAINT kpi_rollup_span_years CHECK (first_year BETWEEN 2000 AND last_year AND last_year - first_year < 50)
   )`,
  // The programme's period and a few years after: a year outside is not counted, so the span bounds every write.
  `INSERT INTO kpi_rollup_span (first_year, last_year) VALUES (2021, 2035)`,
  `CREATE TABLE kpi_year_rule (
     year int NOT NULL,
     rule_id uuid NOT NULL,
     adult_age int NOT NULL,
     skill_domains text[] NOT NULL,
     k3_min_level int NOT NULL,
     k4_min_level int NOT NULL,
     age_bands int[] NOT NULL,
     CONSTRAINT kpi_year_rule_pk PRIMARY KEY (year),
     CONSTRAINT kpi_year_rule_rule_fk FOREIGN KEY (rule_id) REFERENCES kpi_rule (id) ON DELETE CASCADE,
     CONSTRAINT kpi_year_rule_age_bands CHECK (cardinality(age_bands) > 0),
     CONSTRAINT kpi_year_rule_skill_domains CHECK (cardinality(skill_domains) > 0)
   )`,
  `CREATE TABLE kpi_person (
     person_id uuid NOT NULL,
     commune_id text,
     group_id text,
     sex text NOT NULL,
     birth_year int,
     population_group text NOT NULL,
     registered_year int NOT NULL,
     holder_years int[] NOT NULL,
     skills_years int[] NOT NULL,
     proficient_years int[] NOT NULL,
     CONSTRAINT kpi_person_pk PRIMARY KEY (person_id)
   )`,
  `CREATE TABLE kpi_rollup_commune (
     commune_id text NOT NULL, ${KEY_COLUMNS}, ${counterColumns},
     CONSTRAINT kpi_rollup_commune_pk PRIMARY KEY (year, commune_id, sex, age_band, population_group)
   )`,
  `CREATE TABLE kpi_rollup_group (
     group_id text NOT NULL, commune_id text NOT NULL, ${KEY_COLUMNS}, ${counterColumns},
     CONSTRAINT kpi_rollup_group_pk PRIMARY KEY (year, group_id, sex, age_band, population_group)
   )`,
  `CREATE INDEX kpi_rollup_group_commune_idx ON kpi_rollup_group (year, commune_id)`,
  `CREATE TABLE kpi_rollup_delta (
     id bigint GENERATED ALWAYS AS IDENTITY,
     commune_id text NOT NULL, group_id text, ${KEY_COLUMNS}, ${counterColumns},
     CONSTRAINT kpi_rollup_delta_pk PRIMARY KEY (id)
   )`,
  `CREATE INDEX kpi_rollup_delta_commune_idx ON kpi_rollup_delta (year, commune_id)`,
  `CREATE INDEX kpi_rollup_delta_group_idx ON kpi_rollup_delta (year, group_id) WHERE group_id IS NOT NULL`,
  // Lives only inside a transaction (rows are deleted at its commit), so it needs no crash safety.
  `CREATE UNLOGGED TABLE kpi_dirty (
     txid bigint NOT NULL,
     person_id uuid NOT NULL,
     CONSTRAINT kpi_dirty_pk PRIMARY KEY (txid, person_id)
   )`,
];

/** Advisory lock keys (the two-int space, apart from the records' one-key locks). */
const ROLLUP_LOCKS = `hashtext('kpi_rollup')`;
const REBUILD_KEY = `${ROLLUP_LOCKS}, 0`;
const COMPACT_KEY = `${ROLLUP_LOCKS}, 1`;
const DEFINER = `SECURITY DEFINER SET search_path = public, pg_temp`;

/** Exported so that later migrations' `down` can put these definitions back. */
export const functions = [
  // One expression of immutable parts (width_bucket: the last bound at or below the age; ::text, as int || text is
  // only stable), so that the planner inlines it: called per person and year, a function call would cost more.
  `CREATE FUNCTION kpi_age_band(age int, bounds int[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
     SELECT CASE width_bucket(age, bounds)
       WHEN 0 THEN '<' || bounds[1]::text
       WHEN cardinality(bounds) THEN bounds[cardinality(bounds)]::text || '+'
       ELSE bounds[width_bucket(age, bounds)]::text || '-' || (bounds[width_bucket(age, bounds) + 1] - 1)::text
     END
   $$`,
  `CREATE FUNCTION kpi_year_rule_refresh() RETURNS void LANGUAGE sql ${DEFINER} AS $$
     DELETE FROM kpi_year_rule;
     INSERT INTO kpi_year_rule (year, rule_id, adult_age, skill_domains, k3_min_level, k4_min_level, age_bands)
     SELECT y, r.id, (r.params->>'adultAge')::int,
            ARRAY(SELECT jsonb_array_elements_text(r.params->'skillDomains')),
            (r.params->>'k3MinLevel')::int, (r.params->>'k4MinLevel')::int,
            CASE WHEN r.params ? 'ageBands'
              THEN ARRAY(SELECT jsonb_array_elements_text(r.params->'ageBands')::int)
              ELSE '{18,25,35,45,55,65}' END
     FROM kpi_rollup_span s, generate_series(s.first_year, s.last_year) y
     CROSS JOIN LATERAL (
       SELECT id, params FROM kpi_rule WHERE valid_from <= make_date(y, 12, 31) ORDER BY valid_from DESC LIMIT 1
     ) r;
   $$`,
  // What one person adds to the counters, year by year: a row per kept year in which they are a registered adult.
  // The trigger and the rebuild both count through this function, so they cannot disagree about the rule.
  `CREATE FUNCTION kpi_contributions(p kpi_person)
     RETURNS TABLE (commune_id text, group_id text, year int, sex text, age_band text, population_group text,
                    adults int, holders int, with_skills int, proficient int, proficient_with_skills int)
     LANGUAGE sql STABLE AS $$
       SELECT p.commune_id, p.group_id, r.year, p.sex, kpi_age_band(r.year - p.birth_year, r.age_bands),
              p.population_group, 1,
              (r.year = ANY (p.holder_years))::int,
              (r.year = ANY (p.skills_years))::int,
              (r.year = ANY (p.proficient_years))::int,
              (r.year = ANY (p.proficient_years) AND r.year = ANY (p.skills_years))::int
       FROM kpi_year_rule r
       WHERE p.commune_id IS NOT NULL AND p.birth_year IS NOT NULL
         AND r.year >= p.registered_year AND r.year - p.birth_year >= r.adult_age
     $$`,
  // A person's state from the three query interfaces, written set-wise so that the rebuild joins whole tables and a
  // single person's recount (WHERE person_id = …, pushed into every part) reads only that person's rows. A holder's
  // skills for a year count the evidence dated up to the end of that year and of the title's validity, so a closed
  // year keeps its figures.
  `CREATE VIEW kpi_holder_year AS
     SELECT t.person_id, r.year, least(max(t.valid_until), make_date(r.year, 12, 31)) AS cut
     FROM title_holding t
     JOIN kpi_year_rule r ON r.year BETWEEN t.year AND extract(year FROM t.valid_until)::int
     GROUP BY t.person_id, r.year`,
  `CREATE VIEW kpi_skills_year AS
     SELECT person_id, year,
            coalesce(bool_and(coalesce(level, 0) >= k3_min_level), false) OR coalesce(bool_or(confirmed), false)
              AS has_skills,
            coalesce(bool_and(coalesce(level, 0) >= k4_min_level), false) AS proficient
     FROM (
       SELECT h.person_id, h.year, d.domain, r.k3_min_level, r.k4_min_level,
              max(CASE WHEN e.kind = 'assessment' AND jsonb_typeof(e.domain_levels->d.domain) = 'number'
                       THEN floor((e.domain_levels->>d.domain)::numeric)::int END) AS level,
              bool_or(e.kind = 'confirmation') AS confirmed
       FROM kpi_holder_year h
       JOIN kpi_year_rule r ON r.year = h.year
       CROSS JOIN LATERAL unnest(r.skill_domains) d(domain)
       LEFT JOIN skills_evidence e ON e.person_id = h.person_id AND e.occurred_on <= h.cut
       GROUP BY h.person_id, h.year, d.domain, r.k3_min_level, r.k4_min_level
     ) per_domain
     GROUP BY person_id, year`,
  `CREATE VIEW kpi_person_source AS
     SELECT pf.person_id, pf.commune_id, pf.group_id, coalesce(pf.gender, 'unknown') AS sex, pf.birth_year,
            coalesce(pf.population_group, 'unknown') AS population_group, pf.registered_year,
            coalesce(h.years, '{}') AS holder_years,
            coalesce(s.skills_years, '{}') AS skills_years,
            coalesce(s.proficient_years, '{}') AS proficient_years
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
     ) s ON s.person_id = pf.person_id`,
  // Recounts one person and appends the difference to the ledger. Callers hold the rebuild lock shared.
  `CREATE FUNCTION kpi_person_refresh(p uuid) RETURNS void LANGUAGE plpgsql ${DEFINER} AS $$
     DECLARE
       old_row kpi_person;
       new_row kpi_person;
     BEGIN
       PERFORM pg_advisory_xact_lock(hashtext('kpi_person'), hashtext(p::text));
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
       IF new_row.person_id IS NULL THEN
         DELETE FROM kpi_person WHERE person_id = p;
       ELSE
         INSERT INTO kpi_person SELECT new_row.*
         ON CONFLICT ON CONSTRAINT kpi_person_pk DO UPDATE SET
           commune_id = EXCLUDED.commune_id, group_id = EXCLUDED.group_id, sex = EXCLUDED.sex,
           birth_year = EXCLUDED.birth_year, population_group = EXCLUDED.population_group,
           registered_year = EXCLUDED.registered_year, holder_years = EXCLUDED.holder_years,
           skills_years = EXCLUDED.skills_years, proficient_years = EXCLUDED.proficient_years;
       END IF;
     END $$`,
  // Row triggers only note who was touched: the column holding the person is the trigger's argument.
  `CREATE FUNCTION kpi_mark_person() RETURNS trigger LANGUAGE plpgsql ${DEFINER} AS $$
     BEGIN
       IF TG_OP IN ('UPDATE', 'DELETE') THEN
         INSERT INTO kpi_dirty VALUES (txid_current(), (to_jsonb(OLD)->>TG_ARGV[0])::uuid) ON CONFLICT DO NOTHING;
       END IF;
       IF TG_OP IN ('INSERT', 'UPDATE') THEN
         INSERT INTO kpi_dirty VALUES (txid_current(), (to_jsonb(NEW)->>TG_ARGV[0])::uuid) ON CONFLICT DO NOTHING;
       END IF;
       RETURN NULL;
     END $$`,
  // At commit, the first firing recounts every person the transaction touched, in the order of their locks, so two
  // transactions never wait on each other's persons in opposite orders; later firings find nothing left.
  `CREATE FUNCTION kpi_dirty_flush() RETURNS trigger LANGUAGE plpgsql ${DEFINER} AS $$
     DECLARE
       p uuid;
     BEGIN
       IF NOT EXISTS (SELECT 1 FROM kpi_dirty WHERE txid = txid_current()) THEN
         RETURN NULL;
       END IF;
       PERFORM pg_advisory_xact_lock_shared(${REBUILD_KEY});
       FOR p IN SELECT person_id FROM kpi_dirty WHERE txid = txid_current()
                ORDER BY hashtext(person_id::text), person_id LOOP
         PERFORM kpi_person_refresh(p);
       END LOOP;
       DELETE FROM kpi_dirty WHERE txid = txid_current();
       RETURN NULL;
     END $$`,
  // Folds the oldest ledger rows into the counters in one statement, in key order; one compactor at a time.
  `CREATE FUNCTION kpi_rollup_compact(batch int DEFAULT 100000) RETURNS int LANGUAGE plpgsql ${DEFINER} AS $$
     DECLARE
       moved int;
     BEGIN
       IF NOT pg_try_advisory_xact_lock(${COMPACT_KEY}) THEN
         RETURN 0;
       END IF;
       WITH d AS (
         DELETE FROM kpi_rollup_delta
         WHERE id IN (SELECT id FROM kpi_rollup_delta ORDER BY id LIMIT batch)
         RETURNING *
       ), c AS (
         INSERT INTO kpi_rollup_commune AS t (commune_id, ${KEY}, ${COUNTERS.join(', ')})
         SELECT commune_id, ${KEY}, ${sums()} FROM d
         GROUP BY commune_id, ${KEY} ORDER BY commune_id, ${KEY}
         ON CONFLICT ON CONSTRAINT kpi_rollup_commune_pk DO UPDATE SET ${addExcluded}
       ), g AS (
         INSERT INTO kpi_rollup_group AS t (group_id, commune_id, ${KEY}, ${COUNTERS.join(', ')})
         SELECT group_id, commune_id, ${KEY}, ${sums()} FROM d WHERE group_id IS NOT NULL
         GROUP BY group_id, commune_id, ${KEY} ORDER BY group_id, commune_id, ${KEY}
         ON CONFLICT ON CONSTRAINT kpi_rollup_group_pk DO UPDATE SET ${addExcluded}
       )
       SELECT count(*) INTO moved FROM d;
       RETURN moved;
     END $$`,
  // Everything again from the query interfaces. Flushes wait for it (they hold the rebuild lock shared); readers do
  // not. Rows go in in key order, which halves the cost of re-inserting keys whose old rows were just deleted, and
  // each person's contributions are worked out once for both levels.
  `CREATE FUNCTION kpi_rollup_rebuild() RETURNS void LANGUAGE plpgsql ${DEFINER} SET work_mem = '256MB' AS $$
     BEGIN
       PERFORM pg_advisory_xact_lock(${REBUILD_KEY});
       PERFORM pg_advisory_xact_lock(${COMPACT_KEY});
       PERFORM kpi_year_rule_refresh();
       DELETE FROM kpi_rollup_delta;
       DELETE FROM kpi_rollup_group;
       DELETE FROM kpi_rollup_commune;
       DELETE FROM kpi_person;
       INSERT INTO kpi_person SELECT * FROM kpi_person_source ORDER BY person_id;
       DROP TABLE IF EXISTS pg_temp.kpi_rebuild_contribution;
       CREATE TEMP TABLE kpi_rebuild_contribution ON COMMIT DROP AS
         SELECT c.* FROM kpi_person p CROSS JOIN LATERAL kpi_contributions(p) c;
       INSERT INTO kpi_rollup_commune (commune_id, ${KEY}, ${COUNTERS.join(', ')})
       SELECT commune_id, ${KEY}, ${sums()} FROM pg_temp.kpi_rebuild_contribution
       GROUP BY commune_id, ${KEY} ORDER BY year, commune_id, sex, age_band, population_group;
       INSERT INTO kpi_rollup_group (group_id, commune_id, ${KEY}, ${COUNTERS.join(', ')})
       SELECT group_id, commune_id, ${KEY}, ${sums()} FROM pg_temp.kpi_rebuild_contribution WHERE group_id IS NOT NULL
       GROUP BY group_id, commune_id, ${KEY} ORDER BY year, group_id, sex, age_band, population_group;
       DROP TABLE pg_temp.kpi_rebuild_contribution;
     END $$`,
  // What a rebuild would change: each person whose counted state differs from the sources, and each counter (base
  // plus ledger) that differs from a count made afresh. Empty when the incremental rollups are right.
  `CREATE FUNCTION kpi_rollup_diff()
     RETURNS TABLE (kind text, key text, expected int[], actual int[])
     LANGUAGE plpgsql ${DEFINER} SET work_mem = '256MB' AS $$
     BEGIN
       PERFORM pg_advisory_xact_lock(${REBUILD_KEY});
       RETURN QUERY
       SELECT 'person'::text, coalesce(s.person_id, k.person_id)::text,
              NULL::int[], NULL::int[]
       FROM kpi_person_source s FULL JOIN kpi_person k ON k.person_id = s.person_id
       WHERE ROW(s.*)::kpi_person IS DISTINCT FROM ROW(k.*)::kpi_person;
       RETURN QUERY
       WITH fresh AS (
         SELECT c.commune_id, c.group_id, c.year, c.sex, c.age_band, c.population_group,
                ${COUNTERS.map((n) => `c.${n}`).join(', ')}
         FROM kpi_person_source s CROSS JOIN LATERAL kpi_contributions(ROW(s.*)::kpi_person) c
       ), expected AS (
         SELECT 'commune' AS level, commune_id AS area, ${KEY}, ARRAY[${sums()}] AS v FROM fresh
         GROUP BY commune_id, ${KEY}
         UNION ALL
         SELECT 'group', group_id, ${KEY}, ARRAY[${sums()}] FROM fresh WHERE group_id IS NOT NULL
         GROUP BY group_id, ${KEY}
       ), kept AS (
         SELECT 'commune' AS level, commune_id AS area, ${KEY}, ${COUNTERS.join(', ')} FROM kpi_rollup_commune
         UNION ALL
         SELECT 'group', group_id, ${KEY}, ${COUNTERS.join(', ')} FROM kpi_rollup_group
         UNION ALL
         SELECT 'commune', commune_id, ${KEY}, ${COUNTERS.join(', ')} FROM kpi_rollup_delta
         UNION ALL
         SELECT 'group', group_id, ${KEY}, ${COUNTERS.join(', ')} FROM kpi_rollup_delta WHERE group_id IS NOT NULL
       ), actual AS (
         SELECT level, area, ${KEY}, ARRAY[${sums()}] AS v FROM kept GROUP BY level, area, ${KEY}
       )
       SELECT coalesce(e.level, a.level),
              concat_ws('/', coalesce(e.area, a.area), coalesce(e.year, a.year), coalesce(e.sex, a.sex),
                        coalesce(e.age_band, a.age_band), coalesce(e.population_group, a.population_group)),
              coalesce(e.v, '{0,0,0,0,0}'), coalesce(a.v, '{0,0,0,0,0}')
       FROM expected e
       FULL JOIN actual a USING (level, area, year, sex, age_band, population_group)
       WHERE coalesce(e.v, '{0,0,0,0,0}') <> coalesce(a.v, '{0,0,0,0,0}');
     END $$`,
  // A changed rule or span changes what every year counts: rebuild in the same transaction.
  `CREATE FUNCTION kpi_rules_changed() RETURNS trigger LANGUAGE plpgsql ${DEFINER} AS $$
     BEGIN
       PERFORM kpi_rollup_rebuild();
       RETURN NULL;
     END $$`,
];

const triggers = [
  `CREATE TRIGGER app_user_kpi_mark AFTER INSERT OR DELETE OR UPDATE OF
     commune_id, group_id, gender, birth_year, population_group, citizen_id, created_at ON app_user
   FOR EACH ROW EXECUTE FUNCTION kpi_mark_person('id')`,
  `CREATE TRIGGER title_application_kpi_mark AFTER INSERT OR DELETE OR UPDATE OF
     status, year, valid_until, person_id ON title_application
   FOR EACH ROW EXECUTE FUNCTION kpi_mark_person('person_id')`,
  // Browser-reported records (the bulk of them) never reach the function: the WHEN clause runs in the executor.
  `CREATE TRIGGER learning_record_kpi_mark AFTER INSERT ON learning_record
   FOR EACH ROW WHEN (NEW.voids_record_id IS NOT NULL
     OR skills_evidence_kind(NEW.trust, NEW.object_type, NEW.success, NEW.domain_levels) IS NOT NULL)
   EXECUTE FUNCTION kpi_mark_person('person_id')`,
  `CREATE CONSTRAINT TRIGGER kpi_dirty_flush AFTER INSERT ON kpi_dirty
   DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION kpi_dirty_flush()`,
  `CREATE TRIGGER kpi_rule_rebuild AFTER INSERT OR UPDATE OR DELETE ON kpi_rule
   FOR EACH STATEMENT EXECUTE FUNCTION kpi_rules_changed()`,
  `CREATE TRIGGER kpi_rollup_span_rebuild AFTER INSERT OR UPDATE OR DELETE ON kpi_rollup_span
   FOR EACH STATEMENT EXECUTE FUNCTION kpi_rules_changed()`,
];

// The API reads the rollups and compacts the ledger; only the functions above (as the owner) write them.
const privileges = [
  `REVOKE INSERT, UPDATE, DELETE ON kpi_person, kpi_rollup_commune, kpi_rollup_group, kpi_rollup_delta, kpi_dirty,
     kpi_year_rule, kpi_rollup_span FROM lc_app`,
  `REVOKE EXECUTE ON FUNCTION kpi_person_refresh(uuid), kpi_rollup_rebuild(), kpi_rollup_diff(),
     kpi_year_rule_refresh(), kpi_rollup_compact(int) FROM PUBLIC`,
  `GRANT EXECUTE ON FUNCTION kpi_rollup_compact(int) TO lc_app`,
];

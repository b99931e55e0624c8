import { MigrationInterface, QueryRunner } from 'typeorm';
import { functions as rollupFunctions } from './1764150005000-KpiRollups';
import { functions as rosterFunctions, personSource as rosterPersonSource } from './1764160310000-KpiRosterRollup';

/**
 * K3 and K4 summed from the assessment's level probabilities (issue 8, docs/adr/0030): a holder adds to K3 the
 * probability that every domain of the rule is at level ≥ k3MinLevel (to K4: ≥ k4MinLevel), no longer a 0/1 count of
 * estimated levels, which overstated level ≥ 2 by 3–8 points in the simulation (docs/assessment.md §8).
 *
 * The meaning of the rule is kept and only the indicator is replaced by its posterior probability:
 * - per domain, the best of the holder's results counts, as `max(level) ≥ k` did: max over results of P(level ≥ k);
 *   a result without probabilities (older ones) keeps its 0/1 indicator;
 * - across the rule's domains, "all at level ≥ k" is the product of the domains' probabilities: each domain's
 *   posterior comes from its own items alone, so they are independent;
 * - an attested national confirmation still makes K3 certain (1); it never counts for K4.
 * Each person-year share is rounded to 6 decimals before it is summed, so counters and ledger add up exactly.
 */
export class KpiSkillsFromProbabilities1764170700000 implements MigrationInterface {
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
const FRACTIONS = ['with_skills', 'proficient', 'proficient_with_skills'];
const ROLLUPS = ['kpi_rollup_commune', 'kpi_rollup_group', 'kpi_rollup_delta'];
const COUNTER_SUM = /sum\(((?:c\.)?(?:adults|holders|with_skills|proficient|proficient_with_skills))\)::int/g;

/** One statement of an earlier migration, found by its head; throws if a later edit lost it. */
function statement(from: string[], head: string): string {
  const found = from.find((s) => s.trimStart().startsWith(head));
  if (!found) throw new Error(`No statement starting with ${head}`);
  return found;
}

/** An earlier definition with its counters summed as numeric; throws if nothing changed. */
function fractional(sql: string, asType = ''): string {
  const out = replacing(sql.replace(COUNTER_SUM, `sum($1)${asType}`));
  if (out === sql) throw new Error('No counter sum to change');
  return out;
}

/** `sql` with `from` replaced by `to`; throws if an edit of the earlier migration lost `from`. */
function swap(sql: string, from: string, to: string): string {
  if (!sql.includes(from)) throw new Error(`Not found: ${from}`);
  return sql.replace(from, to);
}

const renamed = (sql: string, from: string, to: string) => swap(sql, `FUNCTION ${from}(`, `FUNCTION ${to}(`);
const replacing = (sql: string) => sql.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION');

/** P(level ≥ min_level) in a domain from one result; null for evidence that is not an assessment. */
const levelAtLeast = `CREATE FUNCTION kpi_level_at_least(kind text, domain_levels jsonb, level_probabilities jsonb,
                                   domain text, min_level int)
     RETURNS numeric LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
       SELECT CASE
         WHEN kind IS DISTINCT FROM 'assessment' THEN NULL
         WHEN jsonb_typeof(level_probabilities->domain) = 'array' THEN (
           SELECT least(1, greatest(0, coalesce(sum((p.value #>> '{}')::numeric), 0)))
           FROM jsonb_array_elements(level_probabilities->domain) WITH ORDINALITY p(value, level)
           WHERE p.level >= min_level AND jsonb_typeof(p.value) = 'number')
         WHEN jsonb_typeof(domain_levels->domain) = 'number'
           THEN (floor((domain_levels->>domain)::numeric) >= min_level)::int::numeric
       END
     $$`;

const skillsEvidence = (probabilities: boolean) => `CREATE OR REPLACE VIEW skills_evidence AS
     SELECT r.person_id, r.id AS record_id, (r.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS occurred_on,
            skills_evidence_kind(r.trust, r.object_type, r.success, r.domain_levels) AS kind, r.domain_levels
            ${probabilities ? `, r.context->'levelProbabilities' AS level_probabilities` : ''}
     FROM learning_record r
     WHERE r.trust IN ('verified', 'attested')
       AND skills_evidence_kind(r.trust, r.object_type, r.success, r.domain_levels) IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM learning_record v WHERE v.voids_record_id = r.id)`;

const share = (x: string) => `least(1, greatest(0, round(${x}, 6)))`;
const atLeast = (min: string) =>
  `max(kpi_level_at_least(e.kind, e.domain_levels, e.level_probabilities, d.domain, ${min}))`;

/** Per holder and year: the probabilities of "has digital skills", "proficient" and both, by the year's rule. */
const skillsYear = `CREATE VIEW kpi_skills_year AS
     SELECT person_id, year,
            CASE WHEN confirmed THEN 1 ELSE ${share('skills')} END AS skills,
            ${share('proficient')} AS proficient,
            CASE WHEN confirmed THEN ${share('proficient')} ELSE ${share('both_levels')} END AS proficient_with_skills
     FROM (
       SELECT person_id, year, coalesce(bool_or(confirmed), false) AS confirmed,
              kpi_product(coalesce(at_k3, 0)) AS skills, kpi_product(coalesce(at_k4, 0)) AS proficient,
              kpi_product(coalesce(at_both, 0)) AS both_levels
       FROM (
         SELECT h.person_id, h.year, d.domain,
                ${atLeast('r.k3_min_level')} AS at_k3,
                ${atLeast('r.k4_min_level')} AS at_k4,
                ${atLeast('greatest(r.k3_min_level, r.k4_min_level)')} AS at_both,
                bool_or(e.kind = 'confirmation') AS confirmed
         FROM kpi_holder_year h
         JOIN kpi_year_rule r ON r.year = h.year
         CROSS JOIN LATERAL unnest(r.skill_domains) d(domain)
         LEFT JOIN skills_evidence e ON e.person_id = h.person_id AND e.occurred_on <= h.cut
         GROUP BY h.person_id, h.year, d.domain, r.k3_min_level, r.k4_min_level
       ) per_domain
       GROUP BY person_id, year
     ) per_year`;

/** The person source of docs/adr/0018, with `skill_shares` ({year: {skills, proficient, proficient_with_skills}}). */
const personSource = swap(
  swap(
    rosterPersonSource(true).replace('CREATE OR REPLACE VIEW', 'CREATE VIEW'),
    `coalesce(s.skills_years, '{}') AS skills_years,
            coalesce(s.proficient_years, '{}') AS proficient_years`,
    `coalesce(s.shares, '{}') AS skill_shares`,
  ),
  `coalesce(array_agg(year ORDER BY year) FILTER (WHERE has_skills), '{}') AS skills_years,
              coalesce(array_agg(year ORDER BY year) FILTER (WHERE proficient), '{}') AS proficient_years
       FROM kpi_skills_year`,
  `jsonb_object_agg(year::text, jsonb_build_object('skills', skills, 'proficient', proficient,
                                                       'proficient_with_skills', proficient_with_skills)) AS shares
       FROM kpi_skills_year
       WHERE skills > 0 OR proficient > 0`,
);

const shareOf = (key: string) => `coalesce((p.skill_shares -> (r.year::text) ->> '${key}')::numeric, 0)`;

const contributions = `CREATE FUNCTION kpi_contributions(p kpi_person)
     RETURNS TABLE (commune_id text, group_id text, year int, sex text, age_band text, population_group text,
                    adults int, holders int, with_skills numeric, proficient numeric, proficient_with_skills numeric)
     LANGUAGE sql STABLE AS $$
       SELECT p.commune_id, p.group_id, r.year, p.sex, kpi_age_band(r.year - p.birth_year, r.age_bands),
              p.population_group, 1, (r.year = ANY (p.holder_years))::int,
              ${shareOf('skills')}, ${shareOf('proficient')}, ${shareOf('proficient_with_skills')}
       FROM kpi_year_rule r
       WHERE p.commune_id IS NOT NULL AND p.birth_year IS NOT NULL
         AND r.year >= p.registered_year AND r.year - p.birth_year >= r.adult_age
     $$`;

const rollupFn = (head: string) => statement(rollupFunctions, `CREATE FUNCTION ${head}(`);
const rosterFn = (head: string) => statement(rosterFunctions, head);
const rosterRefresh = rosterFn('CREATE OR REPLACE FUNCTION kpi_person_refresh(');
const rosterFresh = rosterFn('CREATE VIEW kpi_roster_fresh');
const rosterDiff = rosterFn('CREATE FUNCTION kpi_rollup_diff()');
const OLD_SET = 'skills_years = EXCLUDED.skills_years, proficient_years = EXCLUDED.proficient_years';

/** The comparison returns numeric arrays now: the people's part from ADR 0015, the rosters' part cast. */
const diffPeople = renamed(
  fractional(rollupFn('kpi_rollup_diff'), '::numeric').replaceAll('int[]', 'numeric[]'),
  'kpi_rollup_diff',
  'kpi_rollup_diff_people',
);
const diff = swap(
  swap(rosterDiff, 'expected int[], actual int[]', 'expected numeric[], actual numeric[]'),
  `coalesce(e.v, '{0,0}'), coalesce(a.v, '{0,0}')`,
  `coalesce(e.v, '{0,0}')::numeric[], coalesce(a.v, '{0,0}')::numeric[]`,
);

/** What depends on the person's columns or returns the counters' types, dropped before either changes. */
const dependents = [
  `DROP VIEW kpi_roster_fresh`,
  `DROP VIEW kpi_person_source`,
  `DROP VIEW kpi_skills_year`,
  `DROP FUNCTION kpi_contributions(kpi_person)`,
  `DROP FUNCTION kpi_rollup_diff()`,
  `DROP FUNCTION kpi_rollup_diff_people()`,
];

const up = [
  ...dependents,
  // Rebuilt below: the old values mean nothing in the new columns.
  `ALTER TABLE kpi_person DROP COLUMN proficient_years`,
  `ALTER TABLE kpi_person ALTER COLUMN skills_years TYPE jsonb USING '{}'::jsonb`,
  `ALTER TABLE kpi_person RENAME COLUMN skills_years TO skill_shares`,
  `ALTER TABLE kpi_person ADD CONSTRAINT kpi_person_skill_shares_object CHECK (jsonb_typeof(skill_shares) = 'object')`,
  ...ROLLUPS.flatMap((t) =>
    FRACTIONS.map((c) => `ALTER TABLE ${t} ALTER COLUMN ${c} TYPE numeric(18, 6) USING ${c}::numeric(18, 6)`),
  ),
  `CREATE AGGREGATE kpi_product(numeric) (SFUNC = numeric_mul, STYPE = numeric, INITCOND = '1')`,
  levelAtLeast,
  skillsEvidence(true),
  skillsYear,
  personSource,
  contributions,
  rosterFresh,
  swap(fractional(rosterRefresh), OLD_SET, 'skill_shares = EXCLUDED.skill_shares'),
  renamed(fractional(rollupFn('kpi_rollup_compact')), 'kpi_rollup_compact', 'kpi_rollup_compact_people'),
  renamed(fractional(rollupFn('kpi_rollup_rebuild')), 'kpi_rollup_rebuild', 'kpi_rollup_rebuild_people'),
  diffPeople,
  diff,
  `REVOKE EXECUTE ON FUNCTION kpi_rollup_diff(), kpi_rollup_diff_people() FROM PUBLIC`,
];

const down = [
  ...dependents,
  `DROP FUNCTION kpi_level_at_least(text, jsonb, jsonb, text, int)`,
  `DROP AGGREGATE kpi_product(numeric)`,
  `DROP VIEW skills_evidence`,
  skillsEvidence(false).replace('CREATE OR REPLACE VIEW', 'CREATE VIEW'),
  `COMMENT ON VIEW skills_evidence IS
     'records, for reporting: results that count as digital-skills evidence (see skills_evidence_kind), voided ones left out'`,
  ...ROLLUPS.flatMap((t) => FRACTIONS.map((c) => `ALTER TABLE ${t} ALTER COLUMN ${c} TYPE int USING round(${c})::int`)),
  // Columns back in their old order, which the views' row types follow; the rebuild refills them.
  `ALTER TABLE kpi_person DROP CONSTRAINT kpi_person_skill_shares_object`,
  `ALTER TABLE kpi_person DROP COLUMN skill_shares`,
  `ALTER TABLE kpi_person DROP COLUMN roster_counts`,
  ...['skills_years', 'proficient_years', 'roster_counts'].flatMap((c) => [
    `ALTER TABLE kpi_person ADD COLUMN ${c} ${c === 'roster_counts' ? 'text' : 'int'}[] NOT NULL DEFAULT '{}'`,
    `ALTER TABLE kpi_person ALTER COLUMN ${c} DROP DEFAULT`,
  ]),
  statement(rollupFunctions, 'CREATE VIEW kpi_skills_year'),
  rosterPersonSource(true).replace('CREATE OR REPLACE VIEW', 'CREATE VIEW'),
  rollupFn('kpi_contributions'),
  rosterFresh,
  rosterRefresh,
  replacing(renamed(rollupFn('kpi_rollup_compact'), 'kpi_rollup_compact', 'kpi_rollup_compact_people')),
  replacing(renamed(rollupFn('kpi_rollup_rebuild'), 'kpi_rollup_rebuild', 'kpi_rollup_rebuild_people')),
  renamed(rollupFn('kpi_rollup_diff'), 'kpi_rollup_diff', 'kpi_rollup_diff_people'),
  rosterDiff,
  `REVOKE EXECUTE ON FUNCTION kpi_rollup_diff(), kpi_rollup_diff_people() FROM PUBLIC`,
];

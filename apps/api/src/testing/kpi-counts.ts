import type { Client } from 'pg';

/** adults, holders, with skills, proficient, proficient with skills: the last three are expected counts. */
export type Counts = [number, number, number, number, number];

interface Evidence {
  kind: 'assessment' | 'confirmation';
  levels: Record<string, number> | null;
  probabilities: Record<string, unknown> | null;
}

interface Rule {
  skill_domains: string[];
  k3_min_level: number;
  k4_min_level: number;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** P(level ≥ min) in a domain by one result: the sum of its level probabilities, else 0/1 by its level. */
export function atLeast(e: Evidence, domain: string, min: number): number {
  const p = e.probabilities?.[domain];
  if (Array.isArray(p))
    return Math.min(
      1,
      p.slice(min - 1).reduce((s: number, x) => s + Number(x), 0),
    );
  const level = e.levels?.[domain];
  return typeof level === 'number' && Math.floor(level) >= min ? 1 : 0;
}

/** A holder's probability that every rule domain reaches `min`, by the best result in each domain. */
function allAtLeast(evidence: Evidence[], rule: Rule, min: number): number {
  const assessments = evidence.filter((e) => e.kind === 'assessment');
  return rule.skill_domains.reduce((p, d) => p * Math.max(0, ...assessments.map((e) => atLeast(e, d, min))), 1);
}

/**
 * An independent count, year by year, straight from the query interfaces and the records themselves (who is a
 * citizen, who holds a title, which results count, their level probabilities): the rollups must agree with it for
 * every commune and residential group. The arithmetic is done here, not by the rollups' SQL.
 */
export async function countedAfresh(c: Client, year: number): Promise<Map<string, Counts>> {
  const [rule]: Rule[] = (await c.query(`SELECT * FROM kpi_year_rule WHERE year = $1`, [year])).rows;
  const { rows } = await c.query(
    `WITH r AS (SELECT * FROM kpi_year_rule WHERE year = $1),
     adults AS (
       SELECT p.person_id, p.commune_id, p.group_id FROM person_facts p, r
       WHERE p.commune_id IS NOT NULL AND p.birth_year IS NOT NULL
         AND p.registered_year <= $1 AND $1 - p.birth_year >= r.adult_age),
     titles AS (
       SELECT a.person_id, least(max(t.valid_until), make_date($1, 12, 31)) AS cut
       FROM adults a JOIN title_holding t ON t.person_id = a.person_id
       WHERE t.year <= $1 AND t.valid_until >= make_date($1, 1, 1)
       GROUP BY a.person_id)
     SELECT a.commune_id, a.group_id, t.person_id IS NOT NULL AS holder,
            coalesce(json_agg(json_build_object('kind', e.kind, 'levels', e.domain_levels,
                                                'probabilities', l.context->'levelProbabilities'))
                       FILTER (WHERE e.record_id IS NOT NULL), '[]') AS evidence
     FROM adults a
     LEFT JOIN titles t ON t.person_id = a.person_id
     LEFT JOIN skills_evidence e ON e.person_id = t.person_id AND e.occurred_on <= t.cut
     LEFT JOIN learning_record l ON l.id = e.record_id
     GROUP BY a.person_id, a.commune_id, a.group_id, t.person_id`,
    [year],
  );
  const out = new Map<string, Counts>();
  const add = (key: string, v: Counts) => {
    const sum = out.get(key) ?? [0, 0, 0, 0, 0];
    out.set(key, sum.map((s, i) => s + v[i]) as Counts);
  };
  for (const r of rows as { commune_id: string; group_id: string | null; holder: boolean; evidence: Evidence[] }[]) {
    let v: Counts = [1, 0, 0, 0, 0];
    if (r.holder) {
      const confirmed = r.evidence.some((e) => e.kind === 'confirmation');
      const proficient = round6(allAtLeast(r.evidence, rule, rule.k4_min_level));
      const both = Math.max(rule.k3_min_level, rule.k4_min_level);
      v = [
        1,
        1,
        confirmed ? 1 : round6(allAtLeast(r.evidence, rule, rule.k3_min_level)),
        proficient,
        confirmed ? proficient : round6(allAtLeast(r.evidence, rule, both)),
      ];
    }
    add(r.commune_id, v);
    if (r.group_id !== null) add(`${r.commune_id}/${r.group_id}`, v);
  }
  return out;
}

/** What the rollups hold for `year` (counters plus ledger), keyed as countedAfresh keys them. */
export async function rolledUp(c: Client, year: number): Promise<Map<string, Counts>> {
  const sums = `sum(adults)::int AS a, sum(holders)::int AS h, sum(with_skills)::float8 AS s,
                sum(proficient)::float8 AS p, sum(proficient_with_skills)::float8 AS b`;
  const cols = 'adults, holders, with_skills, proficient, proficient_with_skills';
  const { rows } = await c.query(
    `SELECT commune_id AS key, ${sums} FROM (
       SELECT commune_id, ${cols} FROM kpi_rollup_commune WHERE year = $1
       UNION ALL SELECT commune_id, ${cols} FROM kpi_rollup_delta WHERE year = $1) x GROUP BY commune_id
     UNION ALL
     SELECT commune_id || '/' || group_id, ${sums} FROM (
       SELECT commune_id, group_id, ${cols} FROM kpi_rollup_group WHERE year = $1
       UNION ALL SELECT commune_id, group_id, ${cols} FROM kpi_rollup_delta WHERE year = $1 AND group_id IS NOT NULL
     ) y GROUP BY commune_id, group_id`,
    [year],
  );
  return new Map(
    rows.filter((r) => r.a || r.h || r.s || r.p || r.b).map((r) => [r.key, [r.a, r.h, r.s, r.p, r.b] as Counts]),
  );
}

/** Keys whose counts differ by more than float rounding (the expected counts are sums of 6-decimal shares). */
export function countMismatches(expected: Map<string, Counts>, actual: Map<string, Counts>): string[] {
  const keys = new Set([...expected.keys(), ...actual.keys()]);
  const zero: Counts = [0, 0, 0, 0, 0];
  return [...keys]
    .filter((k) => (expected.get(k) ?? zero).some((x, i) => Math.abs(x - (actual.get(k) ?? zero)[i]) > 1e-5))
    .map((k) => `${k}: counted ${expected.get(k) ?? zero}, rolled up ${actual.get(k) ?? zero}`);
}

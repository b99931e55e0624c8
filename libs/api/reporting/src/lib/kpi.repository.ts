import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { KpiCounts } from './kpi-math';
import { KpiRuleParams } from './kpi-rule.entity';

/**
 * Reporting's own read queries (STYLE.md §3: reporting owns its SQL). An area is matched by path prefix, so the
 * city counts every commune and a commune counts its residential groups.
 */
@Injectable()
export class KpiRepository {
  constructor(private readonly dataSource: DataSource) {}

  async counts(areaPath: string, year: number, rule: KpiRuleParams): Promise<KpiCounts> {
    const [row] = await this.dataSource.query(
      `
      WITH area_users AS (
        SELECT u.id, u.birth_year FROM app_user u JOIN area a ON a.id = u.commune_id
        WHERE (a.path = $1 OR a.path LIKE $1 || '.%') AND u.citizen_id IS NOT NULL
      ),
      holders AS (
        SELECT t.person_id, max(t.valid_until) AS valid_until FROM title_application t
        JOIN area_users u ON u.id = t.person_id
        WHERE t.status = 'recognised' AND t.revoked_at IS NULL
          AND t.year <= $2 AND t.valid_until >= make_date($2, 1, 1)
          AND $2 - u.birth_year >= $3
        GROUP BY t.person_id
      ),
      best AS (
        SELECT r.person_id, d.key AS domain, max(d.value::int) AS level
        FROM learning_record r JOIN holders h ON h.person_id = r.person_id
        CROSS JOIN LATERAL jsonb_each_text(r.domain_levels) d
        WHERE r.trust = 'verified' AND r.domain_levels IS NOT NULL AND r.occurred_at <= h.valid_until + 1
          AND NOT EXISTS (SELECT 1 FROM learning_record v WHERE v.voids_record_id = r.id)
        GROUP BY r.person_id, d.key
      ),
      attested AS (
        SELECT DISTINCT r.person_id FROM learning_record r JOIN holders h ON h.person_id = r.person_id
        WHERE r.trust = 'attested' AND r.object_type = 'national_digital_skills' AND r.success IS TRUE
      ),
      skills AS (
        SELECT h.person_id,
          (SELECT count(*) FROM best b WHERE b.person_id = h.person_id AND b.domain = ANY($4::text[]) AND b.level >= $5) = cardinality($4::text[])
            OR h.person_id IN (SELECT person_id FROM attested) AS has_skills,
          (SELECT count(*) FROM best b WHERE b.person_id = h.person_id AND b.domain = ANY($4::text[]) AND b.level >= $6) = cardinality($4::text[])
            AS proficient
        FROM holders h
      )
      SELECT
        (SELECT count(*) FROM holders)::int AS holders,
        (SELECT count(*) FROM area_users WHERE $2 - birth_year >= $3)::int AS adults,
        (SELECT count(*) FROM skills WHERE has_skills)::int AS with_skills,
        (SELECT count(*) FROM skills WHERE proficient)::int AS proficient,
        (SELECT count(*) FROM skills WHERE proficient AND has_skills)::int AS proficient_with_skills
      `,
      [areaPath, year, rule.adultAge, rule.skillDomains, rule.k3MinLevel, rule.k4MinLevel],
    );
    return {
      holders: row.holders,
      adults: row.adults,
      withSkills: row.with_skills,
      proficient: row.proficient,
      proficientWithSkills: row.proficient_with_skills,
    };
  }

  /**
   * Loaded adult population of the area: its own figure, else the sum of the figures loaded for the areas below
   * it; null when none are loaded for that year.
   */
  async population(areaPath: string, year: number): Promise<number | null> {
    const [row] = await this.dataSource.query(
      `SELECT
         (SELECT p.adults FROM population_figure p JOIN area a ON a.id = p.area_id WHERE p.year = $2 AND a.path = $1) AS own,
         (SELECT sum(p.adults)::int FROM population_figure p JOIN area a ON a.id = p.area_id
           WHERE p.year = $2 AND a.path LIKE $1 || '.%') AS below`,
      [areaPath, year],
    );
    return row.own ?? row.below ?? null;
  }
}

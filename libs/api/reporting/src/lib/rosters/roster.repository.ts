import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RosterKind } from '@lc/shared-contracts';

/** Per commune: people on the roster, and how many of them count for the KPI (hold the title, or studied). */
export interface RosterCount {
  members: number;
  counted: number;
}

/**
 * Who on a roster counts, decided here only: for K2 a title held in the year (`kpi_person.holder_years`, the
 * rollups' own record, fresh at commit); for K0 a server-graded pass of a test of the criteria course by the end of
 * the year (`passed_test` holds `verified` records only). A roster person without an account counts as not holding.
 */
const COUNTED: Record<RosterKind, string> = {
  learning_unit: `$1 = ANY (p.holder_years)`,
  association: `EXISTS (
    SELECT 1 FROM passed_test t
    JOIN course_test c ON c.test_id::text = t.test_id
    JOIN kpi_criteria_course k ON k.course_id = c.course_id
    WHERE t.person_id = a.person_id AND t.passed_on <= make_date($1, 12, 31))`,
};

/**
 * Roster figures as an indexed aggregate (docs/adr/0018): one pass over the roster rows of the communes asked,
 * each matched through unique indexes (citizen ID, person, test), so the cost follows the roster, not the city.
 */
@Injectable()
export class RosterRepository {
  constructor(private readonly dataSource: DataSource) {}

  async counts(kind: RosterKind, year: number, communeIds?: string[]): Promise<Map<string, RosterCount>> {
    const params: unknown[] = [year, kind];
    const only = communeIds ? `AND r.commune_id = ANY ($${params.push(communeIds)})` : '';
    const rows: { commune_id: string; members: number; counted: number }[] = await this.dataSource.query(
      `SELECT r.commune_id, count(*)::int AS members, count(*) FILTER (WHERE ${COUNTED[kind]})::int AS counted
       FROM kpi_roster_member r
       LEFT JOIN person_citizen_id a ON a.citizen_id = r.citizen_id
       LEFT JOIN kpi_person p ON p.person_id = a.person_id
       WHERE r.year = $1 AND r.kind = $2 ${only}
       GROUP BY r.commune_id`,
      params,
    );
    return new Map(rows.map((r) => [r.commune_id, { members: r.members, counted: r.counted }]));
  }
}

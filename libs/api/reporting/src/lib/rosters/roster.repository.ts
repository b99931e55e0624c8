import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RosterKind } from '@lc/shared-contracts';

/** Per commune: people on the roster, and how many of them count for the KPI (hold the title, or studied). */
export interface RosterCount {
  members: number;
  counted: number;
}

/**
 * Roster figures from the rollups (docs/adr/0018, migration 1764160310000): per commune, the counters plus the ledger
 * rows not yet folded into them, so the cost follows the number of communes, not of people listed. Who counts is
 * decided once, in the database's person recount (`kpi_person_source.roster_counts`): for K2 a title held in the
 * year, for K0 a server-graded (`verified`) pass of a criteria-course test by the end of the year. A listed person
 * without an account counts as listed, not as holding or having studied.
 */
@Injectable()
export class RosterRepository {
  constructor(private readonly dataSource: DataSource) {}

  async counts(kind: RosterKind, year: number, communeIds?: string[]): Promise<Map<string, RosterCount>> {
    const params: unknown[] = [year, kind];
    const only = communeIds ? `AND commune_id = ANY ($${params.push(communeIds)})` : '';
    const rows: { commune_id: string; members: number; counted: number }[] = await this.dataSource.query(
      `SELECT commune_id, sum(members)::int AS members, sum(counted)::int AS counted
       FROM (
         SELECT commune_id, members, counted FROM kpi_rollup_roster WHERE year = $1 AND kind = $2 ${only}
         UNION ALL
         SELECT commune_id, members, counted FROM kpi_roster_delta WHERE year = $1 AND kind = $2 ${only}
       ) x
       GROUP BY commune_id
       HAVING sum(members) > 0`,
      params,
    );
    return new Map(rows.map((r) => [r.commune_id, { members: r.members, counted: r.counted }]));
  }
}

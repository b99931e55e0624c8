import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { KpiDimension } from '@lc/shared-contracts';
import { KpiCounts } from './kpi-math';

/** What a rollup read is summed over: commune counters or residential-group counters, some years, maybe one area. */
export interface RollupFilter {
  level: 'commune' | 'group';
  fromYear: number;
  toYear: number;
  communeId?: string;
  groupId?: string;
}

export type RollupKey = KpiDimension | 'year' | 'commune_id' | 'group_id';

const COUNTERS = ['adults', 'holders', 'with_skills', 'proficient', 'proficient_with_skills'];
/** K3/K4 numerators are expected counts, summed from the assessment's level probabilities (docs/adr/0030). */
const FRACTIONAL = ['with_skills', 'proficient', 'proficient_with_skills'];
const KEYS: Record<RollupKey, string> = {
  sex: 'sex',
  age_band: 'age_band',
  population_group: 'population_group',
  year: 'year::text',
  commune_id: 'commune_id',
  group_id: 'group_id',
};

/**
 * Reporting's reads (docs/adr/0015): sums over the rollup counters and the ledger rows not yet folded into them,
 * so the cost follows the number of areas, never the number of people; nothing here reads another context's table.
 */
@Injectable()
export class KpiRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts per key (`by`), or one entry under '' without it. Keys with no counter are absent. */
  async counts(filter: RollupFilter, by?: RollupKey): Promise<Map<string, KpiCounts>> {
    if (by === 'group_id' && filter.level !== 'group') throw new Error('group_id is a key of group counters only');
    const params: unknown[] = [filter.fromYear, filter.toYear];
    const where = ['year BETWEEN $1 AND $2'];
    if (filter.communeId !== undefined) where.push(`commune_id = $${params.push(filter.communeId)}`);
    if (filter.groupId !== undefined) where.push(`group_id = $${params.push(filter.groupId)}`);
    const table = filter.level === 'group' ? 'kpi_rollup_group' : 'kpi_rollup_commune';
    const ledger = filter.level === 'group' ? [...where, 'group_id IS NOT NULL'] : where;
    const columns = `${by ? KEYS[by] : `''`} AS key, ${COUNTERS.join(', ')}`;
    const rows: Record<string, string | number>[] = await this.dataSource.query(
      `SELECT key, ${COUNTERS.map((c) => `sum(${c})::${FRACTIONAL.includes(c) ? 'float8' : 'int'} AS ${c}`).join(', ')}
       FROM (
         SELECT ${columns} FROM ${table} WHERE ${where.join(' AND ')}
         UNION ALL
         SELECT ${columns} FROM kpi_rollup_delta WHERE ${ledger.join(' AND ')}
       ) x
       GROUP BY key`,
      params,
    );
    return new Map(
      rows.map((r) => [
        String(r['key']),
        {
          adults: Number(r['adults']),
          holders: Number(r['holders']),
          withSkills: Number(r['with_skills']),
          proficient: Number(r['proficient']),
          proficientWithSkills: Number(r['proficient_with_skills']),
        },
      ]),
    );
  }

  /** The adult age of the rule counted for each year asked that the rollups keep. */
  async adultAges(fromYear: number, toYear: number): Promise<Map<number, number>> {
    const rows: { year: number; adult_age: number }[] = await this.dataSource.query(
      `SELECT year, adult_age FROM kpi_year_rule WHERE year BETWEEN $1 AND $2`,
      [fromYear, toYear],
    );
    return new Map(rows.map((r) => [r.year, r.adult_age]));
  }

  /** Loaded adult population per area and year, for the areas asked. */
  async populations(areaIds: string[], fromYear: number, toYear: number): Promise<Map<string, number>> {
    const rows: { area_id: string; year: number; adults: number }[] = await this.dataSource.query(
      `SELECT area_id, year, adults FROM population_figure WHERE area_id = ANY($1) AND year BETWEEN $2 AND $3`,
      [areaIds, fromYear, toYear],
    );
    return new Map(rows.map((r) => [`${r.area_id}/${r.year}`, r.adults]));
  }

  /** Loaded population by sex and age band of one year, per area asked: `area/sex/age_band` → adults. */
  async populationBands(
    areaIds: string[],
    year: number,
  ): Promise<{ areaId: string; sex: string; ageBand: string; adults: number }[]> {
    const rows: { area_id: string; sex: string; age_band: string; adults: number }[] = await this.dataSource.query(
      `SELECT area_id, sex, age_band, adults FROM population_figure_band WHERE area_id = ANY($1) AND year = $2`,
      [areaIds, year],
    );
    return rows.map((r) => ({ areaId: r.area_id, sex: r.sex, ageBand: r.age_band, adults: r.adults }));
  }

  /** Each code and year's target from the newest version in force today (in Vietnam). */
  async targets(): Promise<{ code: string; year: number; target: number }[]> {
    return this.dataSource.query(
      `SELECT DISTINCT ON (code, year) code, year, target FROM kpi_target
       WHERE valid_from <= (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
       ORDER BY code, year, valid_from DESC`,
    );
  }

  /** Folds ledger rows into the counters (one compactor at a time in the whole cluster); returns how many. */
  async compact(batch: number): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT kpi_rollup_compact($1) AS moved`, [batch]);
    return row.moved;
  }
}

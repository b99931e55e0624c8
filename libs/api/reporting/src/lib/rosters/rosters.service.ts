import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  shownCount,
  type ImportFileRequest,
  type RosterImportArea,
  type RosterImportResult,
  type RosterKind,
} from '@lc/shared-contracts';
import { AreasService } from '@lc/api-areas';
import { AuthUser, enforce, YEARS } from '@lc/api-shared';
import { importAccess } from '../access/reporting-policy';
import { importRefused, importRows } from '../imports/import-file';
import { KpiRosterMemberEntity } from './roster.entity';
import { RosterRepository } from './roster.repository';
import { readRosterRows } from './roster-rows';

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters at 7 columns a row. */
const CHUNK = 500;

/**
 * Roster imports (docs/adr/0018): all or nothing, by admins for the communes they cover. A file replaces the roster
 * of each commune and year it names, so sending it again changes nothing.
 */
@Injectable()
export class RostersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly areas: AreasService,
    private readonly rosters: RosterRepository,
  ) {}

  async import(kind: RosterKind, file: ImportFileRequest, user: AuthUser): Promise<RosterImportResult> {
    const communes = await this.areas.communes();
    const { access, known } = importAccess(user, communes);
    enforce(access);
    const table = await importRows(file, { commune_code: 5, citizen_id: 12 });
    const { rows, problems } = readRosterRows(kind, table, known, YEARS);
    if (problems.length) throw importRefused(problems);

    const scopes = [...new Set(rows.map((r) => `${r.communeId}/${r.year}`))].sort();
    const before = await this.figures(kind, scopes);
    await this.dataSource.transaction(async (tx) => {
      // Imports of the same commune and year take turns, in one global order, so neither can interleave its
      // delete and insert with the other's (which would leave both rosters, or neither).
      await tx.query(
        `SELECT pg_advisory_xact_lock(hashtext('kpi_roster'), k)
         FROM (SELECT DISTINCT hashtext($1 || '/' || s) AS k FROM unnest($2::text[]) s ORDER BY k) locks`,
        [kind, scopes],
      );
      await tx.query(
        `DELETE FROM kpi_roster_member WHERE kind = $1 AND (year, commune_id) IN (
           SELECT split_part(s, '/', 2)::int, split_part(s, '/', 1) FROM unnest($2::text[]) s)`,
        [kind, scopes],
      );
      const repo = tx.getRepository(KpiRosterMemberEntity);
      for (let i = 0; i < rows.length; i += CHUNK)
        await repo.insert(
          rows.slice(i, i + CHUNK).map(({ kind: k, communeId, year, citizenId, category, unitName }) => ({
            kind: k,
            communeId,
            year,
            citizenId,
            category,
            unitName,
            importedBy: user.id,
          })),
        );
    });
    const after = await this.figures(kind, scopes);
    const names = new Map(communes.map((c) => [c.id, c.name]));
    return {
      imported: rows.length,
      areas: scopes.map((scope): RosterImportArea => {
        const [areaId, year] = scope.split('/');
        return {
          areaId,
          areaName: names.get(areaId) ?? areaId,
          year: Number(year),
          members: after.get(scope)?.denominator ?? 0,
          before: shown(before.get(scope)),
          after: shown(after.get(scope)),
        };
      }),
    };
  }

  /** The KPI's figures of each commune and year: who is listed, and how many of them count. */
  private async figures(kind: RosterKind, scopes: string[]) {
    const out = new Map<string, { numerator: number; denominator: number }>();
    for (const year of new Set(scopes.map((s) => Number(s.split('/')[1])))) {
      const ids = scopes.filter((s) => s.endsWith(`/${year}`)).map((s) => s.split('/')[0]);
      for (const [id, c] of await this.rosters.counts(kind, year, ids))
        out.set(`${id}/${year}`, { numerator: c.counted, denominator: c.members });
    }
    return out;
  }
}

/**
 * What the importer sees of a roster's KPI: counts under 10 withheld, since with a small file they would tell whether
 * a given person holds the title (or has an account).
 */
function shown(f: { numerator: number; denominator: number } | undefined): RosterImportArea['before'] {
  if (!f) return { numerator: null, denominator: null };
  return { numerator: shownCount(f.numerator), denominator: f.denominator };
}

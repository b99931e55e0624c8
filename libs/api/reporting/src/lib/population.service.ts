import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ImportFileRequest, PopulationImportResult } from '@lc/shared-contracts';
import { AreasService } from '@lc/api-areas';
import { AuthUser, enforce, YEARS } from '@lc/api-shared';
import { importAccess } from './access/reporting-policy';
import { importRefused, importRows } from './imports/import-file';
import { PopulationFigureBandEntity, PopulationFigureEntity } from './kpi-rule.entity';
import {
  ageBandNames,
  bandTotals,
  POPULATION_BAND_HEADER,
  type PopulationBandRow,
  readPopulationBandRows,
} from './population-bands';
import { readPopulationRows } from './population-csv';

/**
 * Population figures, K1's denominator where loaded: imported by admins for the communes they cover, as totals or
 * by sex and age band (then the total is their sum). A file replaces the bands of each commune and year it names.
 */
@Injectable()
export class PopulationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly areas: AreasService,
  ) {}

  async import(file: ImportFileRequest, user: AuthUser): Promise<PopulationImportResult> {
    const communes = await this.areas.communes();
    const { access, known } = importAccess(user, communes);
    enforce(access);
    const table = await importRows(file, { commune_code: 5 });
    const banded = table[0]?.cells.length === POPULATION_BAND_HEADER.length;
    const read = banded
      ? readPopulationBandRows(table, known, await this.bandsByYear())
      : readPopulationRows(table, known, YEARS);
    if (read.problems.length) throw importRefused(read.problems);
    const bands = banded ? (read.rows as PopulationBandRow[]) : [];
    const totals = banded ? bandTotals(bands) : read.rows;
    await this.dataSource.transaction(async (tx) => {
      await tx.getRepository(PopulationFigureEntity).upsert(totals, ['areaId', 'year']);
      // Bands left from an earlier file would no longer add up to the new total.
      await tx.query(
        `DELETE FROM population_figure_band WHERE (area_id, year) IN (SELECT * FROM unnest($1::text[], $2::int[]))`,
        [totals.map((t) => t.areaId), totals.map((t) => t.year)],
      );
      if (bands.length) await tx.getRepository(PopulationFigureBandEntity).insert(bands);
    });
    return { imported: read.rows.length };
  }

  /** The age bands of each kept year's KPI rule: a banded file must use them to line up with the breakdown. */
  private async bandsByYear(): Promise<Map<number, string[]>> {
    const rows: { year: number; age_bands: number[] }[] = await this.dataSource.query(
      `SELECT year, age_bands FROM kpi_year_rule`,
    );
    return new Map(rows.map((r) => [r.year, ageBandNames(r.age_bands)]));
  }
}

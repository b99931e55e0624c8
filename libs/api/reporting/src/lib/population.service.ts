import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ImportFileRequest, PopulationImportResult } from '@lc/shared-contracts';
import { AreasService } from '@lc/api-areas';
import { AuthUser, coversArea, forbidden, YEARS } from '@lc/api-shared';
import { importRefused, importRows } from './imports/import-file';
import { PopulationFigureEntity } from './kpi-rule.entity';
import { readPopulationRows } from './population-csv';

/** Population figures, K1's denominator where loaded: imported by admins for the communes they cover. */
@Injectable()
export class PopulationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly areas: AreasService,
  ) {}

  async import(file: ImportFileRequest, user: AuthUser): Promise<PopulationImportResult> {
    const communes = await this.areas.communes();
    const known = new Map(communes.map((c) => [c.code, { id: c.id, allowed: coversArea(user, 'admin', c.path) }]));
    if (![...known.values()].some((c) => c.allowed))
      throw forbidden('AREA_FORBIDDEN', 'Bạn không quản lý xã/phường nào để nạp số liệu dân số.');
    const { rows, problems } = readPopulationRows(await importRows(file, { commune_code: 5 }), known, YEARS);
    if (problems.length) throw importRefused(problems);
    await this.dataSource.transaction((tx) =>
      tx.getRepository(PopulationFigureEntity).upsert(rows, ['areaId', 'year']),
    );
    return { imported: rows.length };
  }
}

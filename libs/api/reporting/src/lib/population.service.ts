import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PopulationImportResult } from '@lc/shared-contracts';
import { AreasService } from '@lc/api-areas';
import { AuthUser, coversArea, forbidden, invalid, YEARS } from '@lc/api-shared';
import { PopulationFigureEntity } from './kpi-rule.entity';
import { problemReport, readPopulationCsv } from './population-csv';

/** Population figures, K1's denominator where loaded: imported by admins for the communes they cover. */
@Injectable()
export class PopulationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly areas: AreasService,
  ) {}

  async import(csv: string, user: AuthUser): Promise<PopulationImportResult> {
    const communes = await this.areas.communes();
    const known = new Map(communes.map((c) => [c.code, { id: c.id, allowed: coversArea(user, 'admin', c.path) }]));
    if (![...known.values()].some((c) => c.allowed))
      throw forbidden('AREA_FORBIDDEN', 'Bạn không quản lý xã/phường nào để nạp số liệu dân số.');
    const { rows, problems } = readPopulationCsv(csv, known, YEARS);
    if (problems.length)
      throw invalid(
        'IMPORT_INVALID',
        `${problems.length} dòng chưa hợp lệ; chưa nạp dòng nào. Sửa rồi gửi lại cả tệp.`,
        {
          problems,
          report: problemReport(problems),
        },
      );
    await this.dataSource.transaction((tx) =>
      tx.getRepository(PopulationFigureEntity).upsert(rows, ['areaId', 'year']),
    );
    return { imported: rows.length };
  }
}

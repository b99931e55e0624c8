import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThanOrEqual, Repository } from 'typeorm';
import type { KpiCode, KpiReport } from '@lc/shared-contracts';
import { AreasService } from '@lc/api-areas';
import { assertCoversArea, AuthUser, invalid, notFound } from '@lc/api-shared';
import { buildKpis } from './kpi-math';
import { KpiRepository } from './kpi.repository';
import { KpiRuleEntity, KpiTargetEntity } from './kpi-rule.entity';

const CITY = '01';

@Injectable()
export class KpiService {
  constructor(
    @InjectRepository(KpiRuleEntity) private readonly rules: Repository<KpiRuleEntity>,
    @InjectRepository(KpiTargetEntity) private readonly targets: Repository<KpiTargetEntity>,
    private readonly repo: KpiRepository,
    private readonly areas: AreasService,
  ) {}

  async report(user: AuthUser, areaId = CITY, year = new Date().getFullYear()): Promise<KpiReport> {
    const area = await this.areas.get(areaId);
    if (area.kind === 'group') throw invalid('KPI_AREA_INVALID', 'Chỉ số được tính cho thành phố hoặc một xã/phường.');
    assertCoversArea(user, 'analyst', area.path);
    const rule = await this.rules.findOne({
      where: { validFrom: LessThanOrEqual(`${year}-12-31`) },
      order: { validFrom: 'DESC' },
    });
    if (!rule) throw notFound('KPI_RULE_NOT_FOUND', 'Chưa có quy tắc tính chỉ số cho năm này.');
    const counts = await this.repo.counts(area.path, year, rule.params);
    const population = await this.repo.population(area.path, year);
    const source = population === null ? 'registered_adults' : 'population_figures';
    const targets = await this.targets.find();
    const target = (code: KpiCode, y: number) => targets.find((t) => t.code === code && t.year === y)?.target ?? null;
    return {
      areaId: area.id,
      areaName: area.name,
      year,
      denominatorSource: source,
      kpis: buildKpis({ ...counts, adults: population ?? counts.adults }, source, rule.params.adultAge, target),
      generatedAt: new Date().toISOString(),
    };
  }
}

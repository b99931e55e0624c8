import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';
import type { KpiTargetVersion, NewKpiTargets } from '@lc/shared-contracts';
import { AuthUser, conflict, enforce, invalid } from '@lc/api-shared';
import { citySettingAccess } from './access/reporting-policy';
import { KpiTargetEntity } from './kpi-rule.entity';
import { targetVersionProblem, targetVersions } from './kpi-targets';

/** The plan's targets, version by version: read by anyone who reads KPIs, added by the city's admins. */
@Injectable()
export class KpiTargetsService {
  constructor(@InjectRepository(KpiTargetEntity) private readonly targets: Repository<KpiTargetEntity>) {}

  async versions(): Promise<KpiTargetVersion[]> {
    return targetVersions(await this.targets.find());
  }

  async add(version: NewKpiTargets, user: AuthUser): Promise<KpiTargetVersion> {
    enforce(citySettingAccess(user));
    const problem = targetVersionProblem(version);
    if (problem) throw invalid('KPI_TARGETS_INVALID', problem);
    const source = version.source.trim();
    const rows = version.targets.map((t) => ({ ...t, validFrom: version.validFrom, source }));
    try {
      // One statement: the whole version or none of it.
      await this.targets.insert(rows);
    } catch (err) {
      if (err instanceof QueryFailedError && (err.driverError as { code?: string }).code === '23505')
        throw conflict('KPI_TARGET_EXISTS', `Đã có mục tiêu áp dụng từ ${version.validFrom} cho chỉ số và năm này.`);
      throw err;
    }
    return targetVersions(rows)[0];
  }
}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AreasModule } from '@lc/api-areas';
import { KpiController } from './kpi.controller';
import { KpiRepository } from './kpi.repository';
import { KpiRuleEntity, KpiTargetEntity, PopulationFigureEntity } from './kpi-rule.entity';
import { KpiService } from './kpi.service';

export const reportingEntities = [KpiRuleEntity, KpiTargetEntity, PopulationFigureEntity];

@Module({
  imports: [TypeOrmModule.forFeature(reportingEntities), AreasModule],
  controllers: [KpiController],
  providers: [KpiService, KpiRepository],
})
export class ReportingModule {}

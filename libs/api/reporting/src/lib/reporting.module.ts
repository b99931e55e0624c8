import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AreasModule } from '@lc/api-areas';
import { KpiCompactor } from './kpi-compactor';
import { KpiController } from './kpi.controller';
import { KpiTargetsController } from './kpi-targets.controller';
import { KpiTargetsService } from './kpi-targets.service';
import { KpiRepository } from './kpi.repository';
import { KpiRuleEntity, KpiTargetEntity, PopulationFigureEntity } from './kpi-rule.entity';
import { KpiService } from './kpi.service';
import { PopulationFiguresController } from './population-figures.controller';
import { PopulationService } from './population.service';

export const reportingEntities = [KpiRuleEntity, KpiTargetEntity, PopulationFigureEntity];

@Module({
  imports: [TypeOrmModule.forFeature(reportingEntities), AreasModule],
  controllers: [KpiController, KpiTargetsController, PopulationFiguresController],
  providers: [KpiService, KpiRepository, KpiCompactor, KpiTargetsService, PopulationService],
})
export class ReportingModule {}

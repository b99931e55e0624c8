import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AreasModule } from '@lc/api-areas';
import { KpiCompactor } from './kpi-compactor';
import { KpiController } from './kpi.controller';
import { KpiTargetsController } from './kpi-targets.controller';
import { KpiTargetsService } from './kpi-targets.service';
import { KpiRepository } from './kpi.repository';
import { KpiRuleEntity, KpiTargetEntity, PopulationFigureBandEntity, PopulationFigureEntity } from './kpi-rule.entity';
import { KpiService } from './kpi.service';
import { PopulationFiguresController } from './population-figures.controller';
import { PopulationService } from './population.service';
import { KpiCriteriaCourseEntity, KpiRosterMemberEntity } from './rosters/roster.entity';
import { CriteriaCourseController } from './rosters/criteria-course.controller';
import { CriteriaCourseService } from './rosters/criteria-course.service';
import { RosterRepository } from './rosters/roster.repository';
import { RostersController } from './rosters/rosters.controller';
import { RostersService } from './rosters/rosters.service';

export const reportingEntities = [
  KpiRuleEntity,
  KpiTargetEntity,
  PopulationFigureEntity,
  PopulationFigureBandEntity,
  KpiRosterMemberEntity,
  KpiCriteriaCourseEntity,
];

@Module({
  imports: [TypeOrmModule.forFeature(reportingEntities), AreasModule],
  controllers: [
    KpiController,
    KpiTargetsController,
    PopulationFiguresController,
    RostersController,
    CriteriaCourseController,
  ],
  providers: [
    KpiService,
    KpiRepository,
    KpiCompactor,
    KpiTargetsService,
    PopulationService,
    RostersService,
    RosterRepository,
    CriteriaCourseService,
  ],
})
export class ReportingModule {}

import { Module } from '@nestjs/common';
import { Transactions } from '@lc/api-shared';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@lc/api-catalog';
import { IdentityModule } from '@lc/api-identity';
import { RecordsModule } from '@lc/api-records';
import { AssessmentController } from './assessment.controller';
import { AttemptsService } from './attempts.service';
import { CourseTestReviewService } from './bank/course-test-review.service';
import { ItemBankController } from './bank/item-bank.controller';
import { ItemProblemReportEntity } from './bank/item-problem-report.entity';
import { ItemProposalsService } from './bank/item-proposals.service';
import { ItemReviewService } from './bank/item-review.service';
import { ProblemReportsController } from './bank/problem-reports.controller';
import { ProblemReportsService } from './bank/problem-reports.service';
import { AssessmentRuleSetEntity } from './skills/assessment-rule-set.entity';
import { CalibrationController } from './skills/calibration/calibration.controller';
import { CalibrationJobs } from './skills/calibration/calibration-jobs.service';
import { CalibrationRunEntity } from './skills/calibration/calibration-run.entity';
import { ExposureCountsCache } from './skills/exposure-counts';
import { ServingBanks } from './skills/serving-bank';
import { SkillsAnswersService } from './skills/skills-answers.service';
import { SkillsAssessmentController } from './skills/skills-assessment.controller';
import { SkillsAttemptEntity } from './skills/skills-attempt.entity';
import { SkillsAttemptsService } from './skills/skills-attempts.service';
import { SkillsFinisher } from './skills/skills-finisher';
import { SkillsResponseEntity } from './skills/skills-response.entity';
import { SkillsViews } from './skills/skills-views';
import { TestAttemptEntity } from './test-attempt.entity';
import { TestItemEntity } from './test-item.entity';
import { TestEntity } from './test.entity';
import { PublishedTests } from './published-tests';
import { TestPreviewService } from './test-preview.service';
import { TestStandings } from './test-standings';
import { TestsService } from './tests.service';

export const assessmentEntities = [
  TestItemEntity,
  TestEntity,
  TestAttemptEntity,
  AssessmentRuleSetEntity,
  SkillsAttemptEntity,
  SkillsResponseEntity,
  ItemProblemReportEntity,
  CalibrationRunEntity,
];

@Module({
  imports: [TypeOrmModule.forFeature(assessmentEntities), CatalogModule, RecordsModule, IdentityModule],
  controllers: [
    AssessmentController,
    SkillsAssessmentController,
    ItemBankController,
    ProblemReportsController,
    CalibrationController,
  ],
  providers: [
    Transactions,
    TestsService,
    TestPreviewService,
    PublishedTests,
    TestStandings,
    AttemptsService,
    ServingBanks,
    ExposureCountsCache,
    SkillsFinisher,
    SkillsViews,
    SkillsAttemptsService,
    SkillsAnswersService,
    ItemProposalsService,
    ItemReviewService,
    CourseTestReviewService,
    ProblemReportsService,
    CalibrationJobs,
  ],
  exports: [TestsService],
})
export class AssessmentModule {}

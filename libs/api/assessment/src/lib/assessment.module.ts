import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@lc/api-catalog';
import { RecordsModule } from '@lc/api-records';
import { AssessmentController } from './assessment.controller';
import { AttemptsService } from './attempts.service';
import { TestAttemptEntity } from './test-attempt.entity';
import { TestItemEntity } from './test-item.entity';
import { TestEntity } from './test.entity';
import { TestsService } from './tests.service';

export const assessmentEntities = [TestItemEntity, TestEntity, TestAttemptEntity];

@Module({
  imports: [TypeOrmModule.forFeature(assessmentEntities), CatalogModule, RecordsModule],
  controllers: [AssessmentController],
  providers: [TestsService, AttemptsService],
  exports: [TestsService],
})
export class AssessmentModule {}

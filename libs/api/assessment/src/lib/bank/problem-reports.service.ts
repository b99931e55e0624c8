import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { ProblemReportReceipt, ProblemReportRequest } from '@lc/shared-contracts';
import { AuthUser, enforce, permitted } from '@lc/api-shared';
import { attemptAccess, reportedItemAccess } from '../access/assessment-policy';
import { SkillsResponseEntity } from '../skills/skills-response.entity';
import { SkillsAttemptEntity } from '../skills/skills-attempt.entity';
import { TestAttemptEntity } from '../test-attempt.entity';
import { ItemProblemReportEntity } from './item-problem-report.entity';

const RECEIVED: ProblemReportReceipt = { received: true };

/**
 * "Báo lỗi câu hỏi": a citizen reports the item they were shown, named by their own attempt, so nobody can
 * report (or probe) an item they were not served. The answer is the same whatever the item and its key.
 */
/** A report on a question of the person's own course-test attempt. */
export interface CourseTestReport {
  attemptId: string;
  itemId: string;
  report: ProblemReportRequest;
}

/** A report on the question served at `position` of the person's own skills-assessment attempt. */
export interface SkillsAssessmentReport {
  attemptId: string;
  position: number;
  report: ProblemReportRequest;
}

@Injectable()
export class ProblemReportsService {
  constructor(
    @InjectRepository(ItemProblemReportEntity) private readonly reports: Repository<ItemProblemReportEntity>,
    @InjectRepository(TestAttemptEntity) private readonly testAttempts: Repository<TestAttemptEntity>,
    @InjectRepository(SkillsAttemptEntity) private readonly skillsAttempts: Repository<SkillsAttemptEntity>,
    @InjectRepository(SkillsResponseEntity) private readonly responses: Repository<SkillsResponseEntity>,
  ) {}

  async onCourseTest({ attemptId, itemId, report }: CourseTestReport, user: AuthUser) {
    const attempt = await this.testAttempts.findOneBy({ id: attemptId });
    enforce(reportedItemAccess(user, attempt, !!attempt?.itemIds.includes(itemId)));
    return this.save(itemId, report, user);
  }

  async onSkillsAssessment({ attemptId, position, report }: SkillsAssessmentReport, user: AuthUser) {
    const attempt = await this.skillsAttempts.findOneBy({ id: attemptId });
    // Positions run 1…maxTotal (30); anything else names no question, and must not reach an int column.
    const known = attemptAccess(user, attempt).allowed && position >= 1 && position <= 1000;
    const served = known ? await this.responses.findOneBy({ attemptId, position }) : null;
    const { itemId } = permitted(reportedItemAccess(user, attempt, !!served), served);
    return this.save(itemId, report, user);
  }

  /** One open report per person and item: a retry or a double click is the same report. */
  private async save(itemId: string, req: ProblemReportRequest, user: AuthUser): Promise<ProblemReportReceipt> {
    await this.reports
      .createQueryBuilder()
      .insert()
      .values({ itemId, reporterId: user.id, reason: req.reason, note: req.note?.trim() || null })
      .orIgnore()
      .execute();
    return RECEIVED;
  }
}

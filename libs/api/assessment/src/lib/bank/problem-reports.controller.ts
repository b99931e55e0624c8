import { Body, Controller, Param, ParseIntPipe, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { ProblemReportReceipt } from '@lc/shared-contracts';
import { ApiErrors, ApiOk, AuthUser, CurrentUser, notFound, RateLimit, Roles } from '@lc/api-shared';
import { CourseTestProblemReportDto, ProblemReportDto } from './dto/item-review.dto';
import { ProblemReportsService } from './problem-reports.service';

const positionPipe = new ParseIntPipe({
  exceptionFactory: () => notFound('ITEM_NOT_IN_ATTEMPT', 'Câu hỏi này không thuộc bài làm của bạn.'),
});

/** "Báo lỗi câu hỏi" from a citizen's own attempt; limited per person (RATE_LIMIT_ITEM_REPORT). */
@ApiTags('item-bank')
@ApiBearerAuth()
@Controller()
export class ProblemReportsController {
  constructor(private readonly reports: ProblemReportsService) {}

  @Roles('citizen')
  @RateLimit('itemReport')
  @ApiOk('ProblemReportReceipt', { status: 201 })
  @ApiErrors({ 404: ['ITEM_NOT_IN_ATTEMPT'] })
  @Post('attempts/:id/problem-reports')
  onCourseTest(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CourseTestProblemReportDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ProblemReportReceipt> {
    return this.reports.onCourseTest({ attemptId: id, itemId: dto.itemId, report: dto }, user);
  }

  @Roles('citizen')
  @RateLimit('itemReport')
  @ApiOk('ProblemReportReceipt', { status: 201 })
  @ApiErrors({ 404: ['ITEM_NOT_IN_ATTEMPT'] })
  @Post('skills-assessment/attempts/:id/questions/:position/problem-reports')
  onSkillsAssessment(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('position', positionPipe) position: number,
    @Body() dto: ProblemReportDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ProblemReportReceipt> {
    return this.reports.onSkillsAssessment({ attemptId: id, position, report: dto }, user);
  }
}

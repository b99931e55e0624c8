import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Attempt, CourseDetail, MyTestStanding, TestIntro, TestPreview } from '@lc/shared-contracts';
import { ApiErrors, ApiNoContent, ApiOk, AuthUser, CurrentUser, Public, Roles } from '@lc/api-shared';
import { AttemptsService } from './attempts.service';
import { CreateTestMaterialDto } from './dto/create-test-material.dto';
import { ItemResponseDto } from './dto/item-response.dto';
import { PublishedTests } from './published-tests';
import { TestPreviewService } from './test-preview.service';
import { TestStandings } from './test-standings';
import { TestsService } from './tests.service';

@ApiTags('assessment')
@ApiBearerAuth()
@Controller()
export class AssessmentController {
  constructor(
    private readonly tests: TestsService,
    private readonly attempts: AttemptsService,
    private readonly previews: TestPreviewService,
    private readonly published: PublishedTests,
    private readonly standings: TestStandings,
  ) {}

  /** What a test of a published course is, before it is started: anyone may read it (its items stay private). */
  @Public()
  @ApiOk('TestIntro')
  @ApiErrors({ 404: ['TEST_NOT_FOUND'] })
  @Get('tests/:testId')
  intro(@Param('testId', ParseUUIDPipe) testId: string): Promise<TestIntro> {
    return this.published.intro(testId);
  }

  /** The asker's own open attempt, latest result and retake time at a published test; writes nothing. */
  @Roles('citizen')
  @ApiOk('MyTestStanding')
  @ApiErrors({ 404: ['TEST_NOT_FOUND'] })
  @Get('my/tests/:testId')
  standing(@Param('testId', ParseUUIDPipe) testId: string, @CurrentUser() user: AuthUser): Promise<MyTestStanding> {
    return this.standings.of(testId, user);
  }

  /** The course's author and content reviewers see a saved test as a learner would; others get 404. */
  @Roles('trainer', 'content_reviewer')
  @ApiOk('TestPreview')
  @ApiErrors({ 404: ['TEST_NOT_FOUND'] })
  @Get('tests/:testId/preview')
  preview(@Param('testId', ParseUUIDPipe) testId: string, @CurrentUser() user: AuthUser): Promise<TestPreview> {
    return this.previews.preview(testId, user);
  }

  @Roles('trainer')
  @ApiOk('CourseDetail', { status: 201 })
  @ApiErrors({
    403: ['COURSE_NOT_AUTHOR'],
    404: ['COURSE_NOT_FOUND'],
    409: ['COURSE_STATUS_CONFLICT'],
    422: ['TEST_ITEM_INVALID'],
  })
  @Post('courses/:id/materials/test')
  addTest(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateTestMaterialDto,
    @CurrentUser() user: AuthUser,
  ): Promise<CourseDetail> {
    return this.tests.addToCourse(id, dto, user);
  }

  @Roles('citizen')
  @HttpCode(200)
  @ApiOk('Attempt')
  @ApiErrors({ 404: ['TEST_NOT_FOUND'], 409: ['ATTEMPT_COOLDOWN', 'TEST_BANK_TOO_SMALL'] })
  @Post('tests/:testId/attempts')
  start(@Param('testId', ParseUUIDPipe) testId: string, @CurrentUser() user: AuthUser): Promise<Attempt> {
    return this.attempts.start(testId, user);
  }

  @Roles('citizen')
  @ApiOk('Attempt')
  @ApiErrors({ 404: ['ATTEMPT_NOT_FOUND'] })
  @Get('attempts/:id')
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<Attempt> {
    return this.attempts.get(id, user);
  }

  @Roles('citizen')
  @HttpCode(204)
  @ApiNoContent()
  @ApiErrors({
    404: ['ATTEMPT_NOT_FOUND', 'ITEM_NOT_IN_ATTEMPT'],
    409: ['ATTEMPT_EXPIRED', 'ATTEMPT_SUBMITTED'],
    422: ['ANSWER_INVALID'],
  })
  @Put('attempts/:id/answers/:itemId')
  answer(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('itemId') itemId: string,
    @Body() dto: ItemResponseDto,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    return this.attempts.answer({ attemptId: id, itemId, response: dto }, user);
  }

  @Roles('citizen')
  @HttpCode(200)
  @ApiOk('Attempt')
  @ApiErrors({ 404: ['ATTEMPT_NOT_FOUND'] })
  @Post('attempts/:id/submission')
  submit(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<Attempt> {
    return this.attempts.submit(id, user);
  }
}

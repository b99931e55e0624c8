import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { SkillsAssessmentOverview, SkillsAttempt } from '@lc/shared-contracts';
import { ApiErrors, ApiOk, AuthUser, CurrentUser, notFound, Roles } from '@lc/api-shared';
import { ItemResponseDto } from '../dto/item-response.dto';
import { StartSkillsAttemptDto } from './dto/start-skills-attempt.dto';
import { SkillsAnswersService } from './skills-answers.service';
import { SkillsAttemptsService } from './skills-attempts.service';

/** A position that is not a number names no question: "not found", like any other. */
const positionPipe = new ParseIntPipe({
  exceptionFactory: () => notFound('QUESTION_NOT_FOUND', 'Không tìm thấy câu hỏi này trong bài làm của bạn.'),
});

/** The city-wide digital-skills assessment. Citizens only, each with their own attempts. */
@ApiTags('skills-assessment')
@ApiBearerAuth()
@Controller('skills-assessment')
export class SkillsAssessmentController {
  constructor(
    private readonly attempts: SkillsAttemptsService,
    private readonly answers: SkillsAnswersService,
  ) {}

  /** Citizen: what the assessment is, their open attempt, when they may start again, and their results. */
  @Roles('citizen')
  @ApiOk('SkillsAssessmentOverview')
  @ApiErrors({ 409: ['ASSESSMENT_NOT_CONFIGURED'] })
  @Get()
  overview(@CurrentUser() user: AuthUser): Promise<SkillsAssessmentOverview> {
    return this.attempts.overview(user);
  }

  /** Citizen: starts an attempt, or returns their open one. */
  @Roles('citizen')
  @HttpCode(200)
  @ApiOk('SkillsAttempt')
  @ApiErrors({ 409: ['ASSESSMENT_BANK_EMPTY', 'ASSESSMENT_NOT_CONFIGURED', 'ASSESSMENT_RETAKE_TOO_SOON'] })
  @Post('attempts')
  start(@Body() dto: StartSkillsAttemptDto, @CurrentUser() user: AuthUser): Promise<SkillsAttempt> {
    return this.attempts.start(user, dto.extraTime ?? false);
  }

  /** Citizen, owner of the attempt. */
  @Roles('citizen')
  @ApiOk('SkillsAttempt')
  @ApiErrors({ 404: ['ATTEMPT_NOT_FOUND'], 409: ['ASSESSMENT_NOT_CONFIGURED'] })
  @Get('attempts/:id')
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<SkillsAttempt> {
    return this.attempts.get(id, user);
  }

  /** Citizen, owner of the attempt: answers the question served at `position`; returns the next one or the result. */
  @Roles('citizen')
  @ApiOk('SkillsAttempt')
  @ApiErrors({
    404: ['ATTEMPT_NOT_FOUND', 'QUESTION_NOT_FOUND'],
    409: ['ANSWER_ALREADY_SAVED', 'ASSESSMENT_FINISHED', 'ASSESSMENT_NOT_CONFIGURED', 'ASSESSMENT_TIME_UP'],
    422: ['ANSWER_EMPTY', 'ANSWER_INVALID'],
  })
  @Put('attempts/:id/answers/:position')
  answer(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('position', positionPipe) position: number,
    @Body() dto: ItemResponseDto,
    @CurrentUser() user: AuthUser,
  ): Promise<SkillsAttempt> {
    return this.answers.answer({ attemptId: id, position, response: dto }, user);
  }
}

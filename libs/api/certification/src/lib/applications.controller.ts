import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { POPULATION_GROUPS } from '@lc/shared-contracts';
import type { Application, ApplicationSummary, CriteriaSet, Decision, PopulationGroup } from '@lc/shared-contracts';
import { ApiErrors, ApiOk, AuthUser, CurrentUser, Idempotent, ParseYearPipe, Roles } from '@lc/api-shared';
import { ApplicationsService } from './applications.service';
import {
  CreateDecisionDto,
  OpenApplicationDto,
  RejectDto,
  ReturnDto,
  RevokeDto,
  SaveScoresDto,
  VerifyDto,
} from './dto/application.dto';
import { DecisionsService } from './decisions.service';
import { ReviewService } from './review.service';

@ApiTags('certification')
@ApiBearerAuth()
@Controller()
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly review: ReviewService,
    private readonly decisions: DecisionsService,
  ) {}

  @ApiOk('CriteriaSet')
  @ApiErrors({ 404: ['CRITERIA_SET_NOT_FOUND'] })
  @Get('criteria-sets/current')
  current(@Query('populationGroup') group?: string): Promise<CriteriaSet> {
    return this.applications.currentSetView(
      POPULATION_GROUPS.includes(group as PopulationGroup) ? (group as PopulationGroup) : null,
    );
  }

  @Roles('citizen')
  @ApiOk('Application')
  @ApiErrors({ 404: ['APPLICATION_NOT_FOUND', 'AREA_NOT_FOUND', 'USER_NOT_FOUND'] })
  @Get('my/applications/:year')
  mine(@Param('year', ParseYearPipe) year: number, @CurrentUser() user: AuthUser): Promise<Application> {
    return this.applications.mine(user, year);
  }

  @Roles('citizen')
  @HttpCode(200)
  @ApiOk('Application')
  @ApiErrors({
    404: ['APPLICATION_NOT_FOUND', 'AREA_NOT_FOUND', 'CRITERIA_SET_NOT_FOUND', 'USER_NOT_FOUND'],
    422: ['APPLICATION_NO_COMMUNE', 'APPLICATION_YEAR_INVALID'],
  })
  @Post('my/applications')
  open(@Body() dto: OpenApplicationDto, @CurrentUser() user: AuthUser): Promise<Application> {
    return this.applications.open(user, dto.year);
  }

  @Roles('citizen')
  @ApiOk('Application')
  @ApiErrors({
    404: ['APPLICATION_NOT_FOUND', 'AREA_NOT_FOUND', 'USER_NOT_FOUND'],
    409: ['APPLICATION_STATUS_CONFLICT'],
    422: ['SCORES_INVALID'],
  })
  @Put('applications/:id/scores')
  save(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SaveScoresDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Application> {
    return this.applications.saveScores(id, dto.scores, user);
  }

  @Roles('citizen')
  @HttpCode(200)
  @Idempotent()
  @ApiOk('Application')
  @ApiErrors({
    404: ['APPLICATION_NOT_FOUND', 'AREA_NOT_FOUND', 'USER_NOT_FOUND'],
    409: ['APPLICATION_STATUS_CONFLICT'],
    422: ['SCORES_INCOMPLETE'],
  })
  @Post('applications/:id/submission')
  submit(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<Application> {
    return this.applications.submit(id, user);
  }

  @Roles('verifier', 'approver')
  @ApiOk('ApplicationSummary', { array: true })
  @Get('applications')
  queue(@CurrentUser() user: AuthUser, @Query('status') status?: string): Promise<ApplicationSummary[]> {
    return this.review.queue(user, status);
  }

  @ApiOk('Application')
  @ApiErrors({ 404: ['APPLICATION_NOT_FOUND', 'AREA_NOT_FOUND', 'USER_NOT_FOUND'] })
  @Get('applications/:id')
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<Application> {
    return this.applications.getFor(id, user);
  }

  @Roles('verifier')
  @HttpCode(200)
  @ApiOk('Application')
  @ApiErrors({
    403: ['AREA_FORBIDDEN', 'OWN_APPLICATION'],
    404: ['APPLICATION_NOT_FOUND', 'AREA_NOT_FOUND', 'USER_NOT_FOUND'],
    409: ['APPLICATION_STATUS_CONFLICT'],
    422: ['EVIDENCE_CHAIN_BROKEN', 'SCORES_INVALID'],
  })
  @Post('applications/:id/verification')
  verify(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: VerifyDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Application> {
    return this.review.verify(id, dto, user);
  }

  @Roles('verifier', 'approver')
  @HttpCode(200)
  @ApiOk('Application')
  @ApiErrors({
    403: ['AREA_FORBIDDEN', 'OWN_APPLICATION'],
    404: ['APPLICATION_NOT_FOUND', 'AREA_NOT_FOUND', 'USER_NOT_FOUND'],
    409: ['APPLICATION_STATUS_CONFLICT'],
    422: ['ITEM_REASONS_INVALID'],
  })
  @Post('applications/:id/return')
  returnApplication(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReturnDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Application> {
    return this.review.returnToApplicant(id, dto, user);
  }

  @Roles('approver')
  @HttpCode(200)
  @ApiOk('Application')
  @ApiErrors({
    403: ['AREA_FORBIDDEN', 'OWN_APPLICATION', 'SAME_VERIFIER_APPROVER'],
    404: ['APPLICATION_NOT_FOUND', 'AREA_NOT_FOUND', 'USER_NOT_FOUND'],
    409: ['APPLICATION_STATUS_CONFLICT'],
  })
  @Post('applications/:id/rejection')
  reject(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RejectDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Application> {
    return this.review.reject(id, dto.reason, user);
  }

  @Roles('approver')
  @HttpCode(200)
  @ApiOk('Application')
  @ApiErrors({
    403: ['AREA_FORBIDDEN', 'OWN_APPLICATION'],
    404: ['APPLICATION_NOT_FOUND', 'AREA_NOT_FOUND', 'USER_NOT_FOUND'],
    409: ['APPLICATION_STATUS_CONFLICT'],
  })
  @Post('applications/:id/revocation')
  revoke(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RevokeDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Application> {
    return this.review.revoke(id, dto.reason, user);
  }

  @Roles('approver')
  @Idempotent()
  @ApiOk('Decision', { status: 201 })
  @ApiErrors({
    403: ['AREA_FORBIDDEN', 'OWN_APPLICATION', 'SAME_VERIFIER_APPROVER'],
    404: ['APPLICATION_NOT_FOUND', 'AREA_NOT_FOUND'],
    409: ['APPLICATION_STATUS_CONFLICT', 'DECISION_NUMBER_TAKEN'],
    422: ['APPLICATION_NOT_PASSING', 'DECISION_DATE_INVALID', 'EVIDENCE_CHAIN_BROKEN'],
  })
  @Post('decisions')
  decide(@Body() dto: CreateDecisionDto, @CurrentUser() user: AuthUser): Promise<Decision> {
    return this.decisions.decide(dto, user);
  }
}

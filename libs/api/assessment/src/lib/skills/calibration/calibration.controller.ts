import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CalibrationRun } from '@lc/shared-contracts';
import { ApiErrors, ApiOk, AuthUser, CityAdminGuard, CurrentUser, Roles } from '@lc/api-shared';
import { CalibrationJobs } from './calibration-jobs.service';
import { StartCalibrationDto } from './start-calibration.dto';

/** The calibration job of the assessment: city admins only (an admin granted at the top of the area tree). */
@ApiTags('skills-assessment')
@ApiBearerAuth()
@Controller('admin/skills-assessment/calibrations')
export class CalibrationController {
  constructor(private readonly jobs: CalibrationJobs) {}

  @Roles('admin')
  @UseGuards(CityAdminGuard)
  @ApiOk('CalibrationRun', { array: true })
  @ApiErrors({ 403: ['CITY_ADMIN_ONLY'] })
  @Get()
  list(): Promise<CalibrationRun[]> {
    return this.jobs.list();
  }

  @Roles('admin')
  @UseGuards(CityAdminGuard)
  @HttpCode(202)
  @ApiOk('CalibrationRun', { status: 202 })
  @ApiErrors({ 403: ['CITY_ADMIN_ONLY'], 409: ['CALIBRATION_BUSY'] })
  @Post()
  start(@Body() dto: StartCalibrationDto, @CurrentUser() user: AuthUser): Promise<CalibrationRun> {
    return this.jobs.start(user, dto.minResponses ?? 200);
  }
}

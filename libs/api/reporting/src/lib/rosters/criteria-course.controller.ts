import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import type { CriteriaCourse, SetCriteriaCourseRequest } from '@lc/shared-contracts';
import { ApiErrors, ApiOk, AuthUser, CurrentUser, Roles } from '@lc/api-shared';
import { CriteriaCourseService } from './criteria-course.service';

class SetCriteriaCourseDto implements SetCriteriaCourseRequest {
  @ApiProperty({ format: 'uuid', example: '3f2b8c1e-8d4a-4c6b-9f0e-2a7d5c1b9e44' })
  @IsUUID('all', { message: 'Chọn một khóa học.' })
  courseId!: string;
}

/** K0's criteria course: which course counts as having studied the title's criteria. */
@ApiTags('reporting')
@ApiBearerAuth()
@Controller('kpis/criteria-course')
export class CriteriaCourseController {
  constructor(private readonly criteria: CriteriaCourseService) {}

  @Roles('admin', 'analyst')
  @ApiOk('CriteriaCourse')
  @Get()
  get(): Promise<CriteriaCourse> {
    return this.criteria.get();
  }

  @Roles('admin')
  @ApiOk('CriteriaCourse')
  @ApiErrors({ 403: ['AREA_FORBIDDEN'], 404: ['AREA_NOT_FOUND'], 422: ['CRITERIA_COURSE_INVALID'] })
  @Put()
  set(@Body() body: SetCriteriaCourseDto, @CurrentUser() user: AuthUser): Promise<CriteriaCourse> {
    return this.criteria.set(body.courseId, user);
  }
}

import { Body, Controller, Delete, HttpCode, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CourseDetail } from '@lc/shared-contracts';
import { ApiErrors, ApiNoContent, ApiOk, AuthUser, CurrentUser, Roles } from '@lc/api-shared';
import { CourseDraftsService } from './course-drafts.service';
import { UpdateCourseDto } from './dto/create-course.dto';

/** A trainer's own drafts: only the author, only while the course is a draft. */
@ApiTags('catalog')
@ApiBearerAuth()
@Controller('courses/:id')
export class CourseDraftsController {
  constructor(private readonly drafts: CourseDraftsService) {}

  @Roles('trainer')
  @ApiOk('CourseDetail')
  @ApiErrors({ 403: ['COURSE_NOT_AUTHOR'], 404: ['COURSE_NOT_FOUND'], 409: ['COURSE_STATUS_CONFLICT'] })
  @Patch()
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateCourseDto,
    @CurrentUser() user: AuthUser,
  ): Promise<CourseDetail> {
    return this.drafts.update(id, dto, user);
  }

  @Roles('trainer')
  @HttpCode(204)
  @ApiNoContent()
  @ApiErrors({
    403: ['COURSE_NOT_AUTHOR'],
    404: ['COURSE_NOT_FOUND'],
    409: ['COURSE_NOT_EMPTY', 'COURSE_STATUS_CONFLICT'],
  })
  @Delete()
  remove(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.drafts.remove(id, user);
  }
}

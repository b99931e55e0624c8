import { Body, Controller, Delete, HttpCode, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CourseDetail } from '@lc/shared-contracts';
import { AuthUser, CurrentUser, Roles } from '@lc/api-shared';
import { CourseDraftsService } from './course-drafts.service';
import { UpdateCourseDto } from './dto/create-course.dto';

/** A trainer's own drafts: only the author, only while the course is a draft. */
@ApiTags('catalog')
@ApiBearerAuth()
@Controller('courses/:id')
export class CourseDraftsController {
  constructor(private readonly drafts: CourseDraftsService) {}

  @Roles('trainer')
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
  @Delete()
  remove(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.drafts.remove(id, user);
  }
}

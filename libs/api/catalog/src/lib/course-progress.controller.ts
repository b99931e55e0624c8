import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CourseProgress } from '@lc/shared-contracts';
import { ApiOk, AuthUser, CurrentUser, Roles } from '@lc/api-shared';
import { CourseProgressService } from './course-progress.service';

@ApiTags('catalog')
@ApiBearerAuth()
@Controller('my/course-progress')
export class CourseProgressController {
  constructor(private readonly progress: CourseProgressService) {}

  /** Only the learner's own progress: the person comes from the token, never from the request. */
  @Roles('citizen')
  @ApiOk('CourseProgress', { array: true })
  @Get()
  mine(@CurrentUser() user: AuthUser): Promise<CourseProgress[]> {
    return this.progress.mine(user.id);
  }
}

import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { NoticeList } from '@lc/shared-contracts';
import { ApiErrors, ApiNoContent, ApiOk, AuthUser, CurrentUser } from '@lc/api-shared';
import { NoticesService } from './notices.service';

/** Any signed-in person, about their own notices only: the person comes from the token, never the request. */
@ApiTags('notices')
@ApiBearerAuth()
@Controller('my/notices')
export class NoticesController {
  constructor(private readonly notices: NoticesService) {}

  @ApiOk('NoticeList')
  @Get()
  mine(@CurrentUser() user: AuthUser): Promise<NoticeList> {
    return this.notices.list(user.id);
  }

  @ApiNoContent()
  @Post('read')
  @HttpCode(204)
  readAll(@CurrentUser() user: AuthUser): Promise<void> {
    return this.notices.markAllRead(user.id);
  }

  @ApiNoContent()
  @ApiErrors({ 404: ['NOTICE_NOT_FOUND'] })
  @Post(':id/read')
  @HttpCode(204)
  read(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.notices.markRead(user.id, id);
  }
}

import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { H5pUserDataGrant } from '@lc/shared-contracts';
import { ApiErrors, ApiJson, ApiOk, AuthUser, CurrentUser, Public, RateLimit, Roles } from '@lc/api-shared';
import { SaveUserDataDto } from '../dto/save-user-data.dto';
import { UserDataGrantGuard } from './user-data-grant.guard';
import { UserDataAnswer, UserDataService } from './user-data.service';

const USER_DATA_ANSWER = {
  type: 'object',
  properties: {
    success: { type: 'boolean' },
    data: { oneOf: [{ type: 'string' }, { type: 'boolean', enum: [false] }] },
  },
  required: ['success'],
};

/**
 * Learners' H5P state. The grant: a signed-in citizen, for a material of a published course. The state itself: the
 * holder of that grant only (H5P's core, in the player's iframe, cannot send a bearer token).
 */
@ApiTags('catalog')
@Controller()
export class UserDataController {
  constructor(private readonly userData: UserDataService) {}

  @ApiBearerAuth()
  @Roles('citizen')
  @ApiOk('H5pUserDataGrant')
  @ApiErrors({ 404: ['COURSE_NOT_FOUND', 'MATERIAL_NOT_FOUND'] })
  @Get('materials/:id/user-data')
  grant(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<H5pUserDataGrant> {
    return this.userData.grant(id, user);
  }

  @Public()
  @RateLimit('h5pState')
  @UseGuards(UserDataGrantGuard)
  @ApiJson('H5P’s user-data answer (h5p.js contentUserDataAjax)', USER_DATA_ANSWER)
  @ApiErrors({ 404: ['H5P_STATE_NOT_FOUND'] })
  @Get('h5p/user-data/:materialId/:grant/:dataType/:subContentId')
  read(
    @Param('materialId', ParseUUIDPipe) materialId: string,
    @CurrentUser() person: AuthUser,
  ): Promise<UserDataAnswer> {
    return this.userData.read(person.id, materialId);
  }

  @Public()
  @RateLimit('h5pState')
  @UseGuards(UserDataGrantGuard)
  @HttpCode(200)
  @ApiJson('H5P’s user-data answer (h5p.js contentUserDataAjax)', USER_DATA_ANSWER)
  @ApiErrors({
    404: ['H5P_STATE_NOT_FOUND', 'MATERIAL_NOT_FOUND'],
    413: ['H5P_STATE_TOO_LARGE'],
    422: ['H5P_STATE_INVALID'],
  })
  @Post('h5p/user-data/:materialId/:grant/:dataType/:subContentId')
  save(
    @Param('materialId', ParseUUIDPipe) materialId: string,
    @Body() dto: SaveUserDataDto,
    @CurrentUser() person: AuthUser,
  ): Promise<UserDataAnswer> {
    return this.userData.save(person.id, materialId, dto.data);
  }
}

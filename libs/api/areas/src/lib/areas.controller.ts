import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Area, CommuneMatch } from '@lc/shared-contracts';
import { ApiErrors, ApiOk, AuthUser, CurrentUser, Public, Roles } from '@lc/api-shared';
import { AreasService } from './areas.service';
import { toArea, toCommuneMatch } from './area.mapper';
import { CreateGroupDto } from './dto/create-group.dto';

@ApiTags('areas')
@Controller('areas')
export class AreasController {
  constructor(private readonly areas: AreasService) {}

  @Public()
  @ApiOk('Area', { array: true })
  @Get('communes')
  async communes(): Promise<Area[]> {
    return (await this.areas.communes()).map(toArea);
  }

  /** Registration's search: "Kim Mã" or "quận Ba Đình" find the communes those places went into in July 2025. */
  @Public()
  @ApiOk('CommuneMatch', { array: true })
  @Get('communes/search')
  async search(@Query('q') q = ''): Promise<CommuneMatch[]> {
    return (await this.areas.search(String(q).slice(0, 100))).map(toCommuneMatch);
  }

  @Public()
  @ApiOk('Area', { array: true })
  @ApiErrors({ 404: ['AREA_NOT_FOUND'] })
  @Get(':communeId/groups')
  async groups(@Param('communeId') communeId: string): Promise<Area[]> {
    return (await this.areas.groups(communeId)).map(toArea);
  }

  @ApiBearerAuth()
  @Roles('admin')
  @ApiOk('Area', { status: 201 })
  @ApiErrors({ 403: ['AREA_FORBIDDEN'], 404: ['AREA_NOT_FOUND'], 409: ['GROUP_EXISTS'] })
  @Post(':communeId/groups')
  async createGroup(
    @Param('communeId') communeId: string,
    @Body() dto: CreateGroupDto,
    @CurrentUser() admin: AuthUser,
  ): Promise<Area> {
    return toArea(await this.areas.createGroup(communeId, dto.name, admin));
  }
}

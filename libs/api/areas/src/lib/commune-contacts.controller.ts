import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CommuneContact } from '@lc/shared-contracts';
import { ApiErrors, ApiOk, AuthUser, CurrentUser, Public, Roles } from '@lc/api-shared';
import { CommuneContactsService } from './commune-contacts.service';
import { SetCommuneContactDto } from './dto/set-commune-contact.dto';

/** The help page's "who to contact at your commune": public to read, set by an admin of the commune or the city. */
@ApiTags('areas')
@Controller('areas')
export class CommuneContactsController {
  constructor(private readonly contacts: CommuneContactsService) {}

  @Public()
  @ApiOk('CommuneContact')
  @ApiErrors({ 404: ['AREA_NOT_FOUND'] })
  @Get(':communeId/contact')
  get(@Param('communeId') communeId: string): Promise<CommuneContact> {
    return this.contacts.get(communeId);
  }

  @ApiBearerAuth()
  @Roles('admin')
  @ApiOk('CommuneContact')
  @ApiErrors({ 403: ['AREA_FORBIDDEN'], 404: ['AREA_NOT_FOUND'] })
  @Put(':communeId/contact')
  set(
    @Param('communeId') communeId: string,
    @Body() dto: SetCommuneContactDto,
    @CurrentUser() admin: AuthUser,
  ): Promise<CommuneContact> {
    return this.contacts.set(communeId, dto.contact, admin);
  }
}

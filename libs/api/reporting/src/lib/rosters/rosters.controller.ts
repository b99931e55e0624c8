import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { RosterImportResult } from '@lc/shared-contracts';
import { ApiErrors, ApiOk, AuthUser, CurrentUser, Roles } from '@lc/api-shared';
import { ImportFileDto } from '../dto/import-file.dto';
import { RostersService } from './rosters.service';

/** Rosters for K2 and K0: admins import them for the communes their grant covers. */
@ApiTags('reporting')
@ApiBearerAuth()
@Controller('kpis/rosters')
export class RostersController {
  constructor(private readonly rosters: RostersService) {}

  @Roles('admin')
  @HttpCode(200)
  @ApiOk('RosterImportResult')
  @ApiErrors({ 403: ['AREA_FORBIDDEN'], 422: ['IMPORT_FILE_REQUIRED', 'IMPORT_INVALID'] })
  @Post('learning-units')
  learningUnits(@Body() body: ImportFileDto, @CurrentUser() user: AuthUser): Promise<RosterImportResult> {
    return this.rosters.import('learning_unit', body, user);
  }

  @Roles('admin')
  @HttpCode(200)
  @ApiOk('RosterImportResult')
  @ApiErrors({ 403: ['AREA_FORBIDDEN'], 422: ['IMPORT_FILE_REQUIRED', 'IMPORT_INVALID'] })
  @Post('association')
  association(@Body() body: ImportFileDto, @CurrentUser() user: AuthUser): Promise<RosterImportResult> {
    return this.rosters.import('association', body, user);
  }
}

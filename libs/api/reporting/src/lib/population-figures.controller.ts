import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { PopulationImportResult } from '@lc/shared-contracts';
import { ApiErrors, ApiOk, AuthUser, CurrentUser, Roles } from '@lc/api-shared';
import { PopulationImportDto } from './dto/population-import.dto';
import { PopulationService } from './population.service';

@ApiTags('reporting')
@ApiBearerAuth()
@Controller('kpis/population-figures')
export class PopulationFiguresController {
  constructor(private readonly population: PopulationService) {}

  @Roles('admin')
  @HttpCode(200)
  @ApiOk('PopulationImportResult')
  @ApiErrors({ 403: ['AREA_FORBIDDEN'], 422: ['IMPORT_FILE_REQUIRED', 'IMPORT_INVALID'] })
  @Post()
  import(@Body() body: PopulationImportDto, @CurrentUser() user: AuthUser): Promise<PopulationImportResult> {
    return this.population.import(body, user);
  }
}

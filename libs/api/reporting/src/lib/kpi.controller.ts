import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { KpiReport } from '@lc/shared-contracts';
import { AuthUser, CurrentUser, invalid, Roles } from '@lc/api-shared';
import { KpiService } from './kpi.service';

@ApiTags('reporting')
@ApiBearerAuth()
@Controller('kpis')
export class KpiController {
  constructor(private readonly kpis: KpiService) {}

  @Roles('analyst')
  @ApiQuery({ name: 'areaId', required: false })
  @ApiQuery({ name: 'year', required: false })
  @Get()
  report(
    @CurrentUser() user: AuthUser,
    @Query('areaId') areaId?: string,
    @Query('year') year?: string,
  ): Promise<KpiReport> {
    const y = year === undefined ? undefined : Number(year);
    if (y !== undefined && (!Number.isInteger(y) || y < 2020 || y > 2100))
      throw invalid('YEAR_INVALID', 'Năm không hợp lệ.');
    return this.kpis.report(user, areaId || undefined, y);
  }
}

import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  KPI_DIMENSIONS,
  type KpiBreakdown,
  type KpiCommuneRanking,
  type KpiDimension,
  type KpiGroups,
  type KpiReport,
  type KpiTrend,
} from '@lc/shared-contracts';
import { ApiErrors, ApiOk, AuthUser, CurrentUser, invalid, Roles } from '@lc/api-shared';
import { KpiService } from './kpi.service';

function year(raw: string | undefined, fallback = new Date().getFullYear()): number {
  if (raw === undefined || raw === '') return fallback;
  const y = Number(raw);
  if (!Number.isInteger(y) || y < 2020 || y > 2100) throw invalid('YEAR_INVALID', 'Năm không hợp lệ.');
  return y;
}

@ApiTags('reporting')
@ApiBearerAuth()
@Controller('kpis')
export class KpiController {
  constructor(private readonly kpis: KpiService) {}

  @Roles('analyst')
  @ApiQuery({ name: 'areaId', required: false })
  @ApiQuery({ name: 'year', required: false })
  @ApiOk('KpiReport')
  @ApiErrors({
    403: ['AREA_FORBIDDEN'],
    404: ['AREA_NOT_FOUND', 'KPI_YEAR_NOT_KEPT'],
    422: ['KPI_AREA_INVALID', 'YEAR_INVALID'],
  })
  @Get()
  report(
    @CurrentUser() user: AuthUser,
    @Query('areaId') areaId?: string,
    @Query('year') y?: string,
  ): Promise<KpiReport> {
    return this.kpis.report(user, areaId || undefined, year(y));
  }

  @Roles('analyst')
  @ApiQuery({ name: 'areaId', required: false })
  @ApiQuery({ name: 'from', required: true })
  @ApiQuery({ name: 'to', required: false })
  @ApiOk('KpiTrend')
  @ApiErrors({
    403: ['AREA_FORBIDDEN'],
    404: ['AREA_NOT_FOUND', 'KPI_YEAR_NOT_KEPT'],
    422: ['KPI_AREA_INVALID', 'KPI_YEARS_INVALID', 'YEAR_INVALID'],
  })
  @Get('trend')
  trend(
    @CurrentUser() user: AuthUser,
    @Query('areaId') areaId?: string,
    @Query('from') from?: string,
    @Query('to') to?: string,
  ): Promise<KpiTrend> {
    const last = year(to);
    return this.kpis.trend(user, { areaId: areaId || undefined, fromYear: year(from, last - 4), toYear: last });
  }

  @Roles('analyst')
  @ApiQuery({ name: 'areaId', required: false })
  @ApiQuery({ name: 'year', required: false })
  @ApiQuery({ name: 'by', required: true, enum: KPI_DIMENSIONS })
  @ApiOk('KpiBreakdown')
  @ApiErrors({
    403: ['AREA_FORBIDDEN'],
    404: ['AREA_NOT_FOUND', 'KPI_YEAR_NOT_KEPT'],
    422: ['KPI_AREA_INVALID', 'KPI_DIMENSION_INVALID', 'YEAR_INVALID'],
  })
  @Get('breakdown')
  breakdown(
    @CurrentUser() user: AuthUser,
    @Query('by') by?: string,
    @Query('areaId') areaId?: string,
    @Query('year') y?: string,
  ): Promise<KpiBreakdown> {
    if (!KPI_DIMENSIONS.includes(by as KpiDimension))
      throw invalid('KPI_DIMENSION_INVALID', `Chọn một cách chia: ${KPI_DIMENSIONS.join(', ')}.`);
    return this.kpis.breakdown(user, { areaId: areaId || undefined, year: year(y), by: by as KpiDimension });
  }

  @Roles('analyst')
  @ApiQuery({ name: 'year', required: false })
  @ApiOk('KpiCommuneRanking')
  @ApiErrors({ 403: ['AREA_FORBIDDEN'], 404: ['AREA_NOT_FOUND', 'KPI_YEAR_NOT_KEPT'], 422: ['YEAR_INVALID'] })
  @Get('communes')
  communes(@CurrentUser() user: AuthUser, @Query('year') y?: string): Promise<KpiCommuneRanking> {
    return this.kpis.communes(user, year(y));
  }

  @Roles('analyst')
  @ApiQuery({ name: 'communeId', required: true })
  @ApiQuery({ name: 'year', required: false })
  @ApiOk('KpiGroups')
  @ApiErrors({
    403: ['KPI_GROUPS_LOCAL_ONLY'],
    404: ['AREA_NOT_FOUND', 'KPI_YEAR_NOT_KEPT'],
    422: ['COMMUNE_REQUIRED', 'YEAR_INVALID'],
  })
  @Get('groups')
  groups(
    @CurrentUser() user: AuthUser,
    @Query('communeId') communeId?: string,
    @Query('year') y?: string,
  ): Promise<KpiGroups> {
    if (!communeId) throw invalid('COMMUNE_REQUIRED', 'Chọn một xã/phường.');
    return this.kpis.groups(user, communeId, year(y));
  }
}

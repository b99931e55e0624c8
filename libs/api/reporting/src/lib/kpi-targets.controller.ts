import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { KpiTargetVersion } from '@lc/shared-contracts';
import { ApiErrors, ApiOk, AuthUser, CurrentUser, Roles } from '@lc/api-shared';
import { NewKpiTargetsDto } from './dto/new-kpi-targets.dto';
import { KpiTargetsService } from './kpi-targets.service';

@ApiTags('reporting')
@ApiBearerAuth()
@Controller('kpis/targets')
export class KpiTargetsController {
  constructor(private readonly targets: KpiTargetsService) {}

  @Roles('analyst', 'admin')
  @ApiOk('KpiTargetVersion', { array: true })
  @Get()
  versions(): Promise<KpiTargetVersion[]> {
    return this.targets.versions();
  }

  @Roles('admin')
  @ApiOk('KpiTargetVersion', { status: 201 })
  @ApiErrors({
    403: ['AREA_FORBIDDEN'],
    404: ['AREA_NOT_FOUND'],
    409: ['KPI_TARGET_EXISTS'],
    422: ['KPI_TARGETS_INVALID'],
  })
  @Post()
  add(@Body() body: NewKpiTargetsDto, @CurrentUser() user: AuthUser): Promise<KpiTargetVersion> {
    return this.targets.add(body, user);
  }
}

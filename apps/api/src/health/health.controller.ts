import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import { Public } from '@lc/api-shared';
import { DatabaseHealth } from './database-health';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: DatabaseHealth,
  ) {}

  /** 200 `ok` or `degraded` (answering, pool saturated), 503 when the database does not answer or on shutdown. */
  @Public()
  @Get()
  @HealthCheck()
  @ApiOkResponse({ description: '`status` is `ok`, or `degraded` with the pool figures when every connection is busy' })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer, or the process is shutting down' })
  async check(): Promise<Omit<HealthCheckResult, 'status'> & { status: HealthCheckResult['status'] | 'degraded' }> {
    const result = await this.health.check([() => this.database.check()]);
    return result.details['database']?.['state'] === 'degraded' ? { ...result, status: 'degraded' } : result;
  }
}

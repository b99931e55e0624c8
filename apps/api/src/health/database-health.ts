import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { DataSource } from 'typeorm';

export interface PoolFigures {
  max: number;
  total: number;
  idle: number;
  waiting: number;
}

/** The figures of pg's pool behind TypeORM's PostgreSQL driver. */
export function poolFigures(dataSource: DataSource): PoolFigures {
  const pool = (dataSource.driver as unknown as { master?: PgPool }).master;
  return {
    max: pool?.options.max ?? 0,
    total: pool?.totalCount ?? 0,
    idle: pool?.idleCount ?? 0,
    waiting: pool?.waitingCount ?? 0,
  };
}

interface PgPool {
  options: { max: number };
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * The database as health sees it. A saturated pool is reported as `degraded` from its figures alone: pinging
 * would queue the health check behind the very requests it should report on.
 */
@Injectable()
export class DatabaseHealth {
  constructor(
    private readonly dataSource: DataSource,
    private readonly indicator: HealthIndicatorService,
    private readonly typeorm: TypeOrmHealthIndicator,
  ) {}

  async check() {
    const pool = poolFigures(this.dataSource);
    if (pool.waiting > 0 || (pool.idle === 0 && pool.total >= pool.max)) {
      return this.indicator.check('database').up({ state: 'degraded', pool });
    }
    const ping = await this.typeorm.pingCheck('database', { timeout: 1000 });
    return { database: { ...ping['database'], state: 'ready', pool } };
  }
}

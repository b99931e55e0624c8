import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AreasModule } from '@lc/api-areas';
import { AssessmentModule } from '@lc/api-assessment';
import { CatalogModule } from '@lc/api-catalog';
import { CertificationModule } from '@lc/api-certification';
import { IdentityModule } from '@lc/api-identity';
import { RecordsModule } from '@lc/api-records';
import { ReportingModule } from '@lc/api-reporting';
import { AppConfig } from '@lc/api-shared';
import { AppConfigModule } from './config/app-config.module';
import { appDatabaseUrl } from './database/app-role';
import { dataSourceOptions } from './database/data-source';
import { HealthModule } from './health/health.module';
import { ObservabilityModule } from './observability/observability.module';
import { RateLimitsModule } from './rate-limits/rate-limits.module';

export const contextModules = [
  AreasModule,
  IdentityModule,
  RecordsModule,
  CatalogModule,
  AssessmentModule,
  CertificationModule,
  ReportingModule,
];

@Module({
  imports: [
    AppConfigModule,
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        // As lc_app, never as the owner: the API cannot alter the tables or switch their triggers off.
        dataSourceOptions(appDatabaseUrl(config), {
          size: config.DB_POOL_SIZE,
          acquireTimeoutMs: config.DB_ACQUIRE_TIMEOUT_MS,
          statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
          idleInTransactionTimeoutMs: config.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
        }),
    }),
    RateLimitsModule,
    ...contextModules,
    HealthModule,
    ObservabilityModule,
  ],
})
export class AppModule {}

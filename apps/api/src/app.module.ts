import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AreasModule } from '@lc/api-areas';
import { AssessmentModule } from '@lc/api-assessment';
import { CatalogModule } from '@lc/api-catalog';
import { CertificationModule } from '@lc/api-certification';
import { IdentityModule } from '@lc/api-identity';
import { RecordsModule } from '@lc/api-records';
import { ReportingModule } from '@lc/api-reporting';
import { Env, validateEnv } from './config/env';
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
    ConfigModule.forRoot({ isGlobal: true, validate: validateEnv, ignoreEnvFile: true }),
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<Env, true>) =>
        // As lc_app, never as the owner: the API cannot alter the tables or switch their triggers off.
        dataSourceOptions(
          appDatabaseUrl({
            DATABASE_URL: config.get('DATABASE_URL'),
            DATABASE_APP_URL: config.get('DATABASE_APP_URL'),
            DATABASE_APP_PASSWORD: config.get('DATABASE_APP_PASSWORD'),
          }),
          {
            size: config.get('DB_POOL_SIZE'),
            acquireTimeoutMs: config.get('DB_ACQUIRE_TIMEOUT_MS'),
            statementTimeoutMs: config.get('DB_STATEMENT_TIMEOUT_MS'),
            idleInTransactionTimeoutMs: config.get('DB_IDLE_IN_TRANSACTION_TIMEOUT_MS'),
          },
        ),
    }),
    RateLimitsModule,
    ...contextModules,
    HealthModule,
    ObservabilityModule,
  ],
})
export class AppModule {}

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
import { validateEnv } from './config/env';
import { dataSourceOptions } from './database/data-source';
import { HealthController } from './health.controller';

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
      useFactory: (config: ConfigService) => dataSourceOptions(config.getOrThrow<string>('DATABASE_URL')),
    }),
    ...contextModules,
  ],
  controllers: [HealthController],
})
export class AppModule {}

import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AreasModule } from '@lc/api-areas';
import { IdentityModule } from '@lc/api-identity';
import { RecordsModule } from '@lc/api-records';
import { validateEnv } from './config/env';
import { dataSourceOptions } from './database/data-source';
import { HealthController } from './health.controller';

export const contextModules = [AreasModule, IdentityModule, RecordsModule];

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

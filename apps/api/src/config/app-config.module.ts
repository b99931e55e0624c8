import { Global, Module } from '@nestjs/common';
import { AppConfig } from '@lc/api-shared';
import { loadConfig } from './env';

/** Gives every module the typed settings; they are read when the app is built, so a test can override them. */
@Global()
@Module({ providers: [{ provide: AppConfig, useFactory: () => loadConfig() }], exports: [AppConfig] })
export class AppConfigModule {}

import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { runWorkers } from './cluster';
import { validateEnv } from './config/env';
import { dataSourceOptions } from './database/data-source';
import { seedDemoData } from './seed/seed-demo-data';
import { serve } from './serve';

/** `main.js migrate` | `main.js seed` | `main.js` (serve): separate steps, chained by `npm start`. */
async function main(command = 'serve'): Promise<void> {
  const url = process.env['DATABASE_URL'];
  if (!url)
    throw new Error(
      'DATABASE_URL is not set. Use `npm start`, which starts an embedded PostgreSQL, or set DATABASE_URL.',
    );
  if (command === 'migrate') {
    const ds = await new DataSource(dataSourceOptions(url)).initialize();
    const done = await ds.runMigrations();
    Logger.log(
      `Migrations applied: ${done.length ? done.map((m) => m.name).join(', ') : 'none (up to date)'}`,
      'Migrate',
    );
    await ds.destroy();
    return;
  }
  if (command === 'seed') {
    const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
    await seedDemoData(app, app.get(ConfigService).get<string>('SEED_DEMO') === 'true');
    await app.close();
    return;
  }
  const { API_WORKERS } = validateEnv(process.env);
  await runWorkers(API_WORKERS, serve);
}

main(process.argv[2]).catch((err: unknown) => {
  Logger.error(err instanceof Error ? err.message : String(err), 'Bootstrap');
  process.exit(1);
});

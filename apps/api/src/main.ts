import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { runWorkers } from './cluster';
import { AppConfig } from '@lc/api-shared';
import { loadConfig, loadDatabaseUrls } from './config/env';
import { appLoginPassword } from './database/app-role';
import { commandLogger, EVIDENCE_COMMANDS, EvidenceCommand, runEvidenceCommand } from './evidence-command';
import { migrateDatabase } from './database/migrate';
import { seedDemoData } from './seed/seed-demo-data';
import { serve } from './serve';

/**
 * `main.js migrate` | `main.js seed` | `main.js` (serve): separate steps, chained by `npm start`; and
 * `main.js evidence-verify` | `main.js evidence-checkpoint` (`npm run evidence:…`).
 */
async function main(command = 'serve'): Promise<void> {
  if (command === 'migrate') {
    const urls = loadDatabaseUrls();
    const url = urls.DATABASE_URL;
    if (!url)
      throw new Error(
        'DATABASE_URL (the owner of the tables) is not set. Use `npm start`, which starts an embedded PostgreSQL, or set DATABASE_URL.',
      );
    const done = await migrateDatabase(url, appLoginPassword(urls));
    Logger.log(`Migrations applied: ${done.length ? done.join(', ') : 'none (up to date)'}`, 'Migrate');
    return;
  }
  // Checked before Nest builds anything, so that a bad setting ends the run with one line naming it, not a trace.
  const { API_WORKERS } = loadConfig();
  if (command === 'seed') {
    const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
    await seedDemoData(app, app.get(AppConfig).SEED_DEMO);
    await app.close();
    return;
  }
  if (EVIDENCE_COMMANDS.includes(command)) {
    const app = await NestFactory.createApplicationContext(AppModule, { logger: commandLogger });
    const { exitCode, report } = await runEvidenceCommand(app, command as EvidenceCommand);
    await app.close();
    console.log(JSON.stringify(report, null, 2));
    process.exitCode = exitCode;
    return;
  }
  await runWorkers(API_WORKERS, serve);
}

main(process.argv[2]).catch((err: unknown) => {
  Logger.error(err instanceof Error ? err.message : String(err), 'Bootstrap');
  process.exit(1);
});

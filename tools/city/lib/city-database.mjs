// The database a synthetic city lives in: an embedded PostgreSQL of its own (private port and folder, kept between
// runs so the benchmark can reuse a city), or any server named by a URL; migrated and given its reference data by the
// built API's own `migrate` and `seed` commands, exactly as a deployment is.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { startEmbeddedPostgres } from '../../db/embedded-postgres.mjs';

export const CITY_DB = { dataDir: '.data/pg-city', port: 54391, database: 'lc_city' };
export const API_MAIN = process.env.BENCH_API_MAIN ?? 'dist/apps/api/main.js';
const APP_PASSWORD = 'city-only-app-password-never-in-production';

export function apiEnv(url) {
  return {
    ...process.env,
    DATABASE_URL: url,
    DATABASE_APP_PASSWORD: process.env.DATABASE_APP_PASSWORD ?? APP_PASSWORD,
    JWT_SECRET: process.env.JWT_SECRET ?? 'city-only-jwt-secret-never-use-in-production-4',
    STORAGE_DIR: process.env.STORAGE_DIR ?? '.data/storage-city',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  };
}

export async function startCityDatabase({ dataDir = CITY_DB.dataDir, port = CITY_DB.port, fresh = false } = {}) {
  const pg = await startEmbeddedPostgres({ dataDir, port, database: CITY_DB.database, fresh });
  return { ...pg, describe: `embedded PostgreSQL 18 (${dataDir}, port ${port})` };
}

export function ensureApiBuild(log) {
  if (existsSync(API_MAIN)) return;
  if (process.env.BENCH_API_MAIN) throw new Error(`BENCH_API_MAIN names ${API_MAIN}, which does not exist`);
  log(`${API_MAIN} is missing: building the API once (npx nx run api:build)`);
  const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
  const r = spawnSync('npx', ['nx', 'run', 'api:build', '--output-style=static'], { stdio: 'inherit', env });
  if (r.status !== 0 || !existsSync(API_MAIN))
    throw new Error('API build failed: run `npx nx run api:build` and read why');
}

/** `main.js migrate` then `main.js seed` (reference data only), output to `logFile`. */
export function migrateAndSeed(url, logFile) {
  mkdirSync(dirname(resolve(logFile)), { recursive: true });
  const log = openSync(logFile, 'a');
  for (const command of ['migrate', 'seed']) {
    const r = spawnSync('node', [API_MAIN, command], { env: apiEnv(url), stdio: ['ignore', log, log] });
    if (r.status !== 0) {
      const tail = readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n');
      throw new Error(`\`${command}\` failed (${r.status}); ${logFile}:\n${tail}`);
    }
  }
}

// The platform as the browser tests see it: a fresh embedded PostgreSQL, migrated and seeded with the demo
// data, and the built API + web app on one port. Playwright starts and stops this (e2e/web/playwright.config.ts).
import { spawn, spawnSync } from 'node:child_process';
import { startEmbeddedPostgres } from '../db/embedded-postgres.mjs';

const port = process.env.E2E_PORT ?? '3210';
const env = {
  ...process.env,
  SEED_DEMO: 'true',
  PORT: port,
  JWT_SECRET: 'e2e-secret-that-is-long-enough-for-the-check',
  // Own folders per run (E2E_STORAGE_DIR, PG_E2E_DATA_DIR with PG_E2E_PORT), so that runs on one machine do not
  // stop each other's database or sweep each other's files.
  STORAGE_DIR: process.env.E2E_STORAGE_DIR ?? '.data/storage-e2e',
  // Every browser spec registers its own citizens from 127.0.0.1, more than the production limit of 10 an hour per
  // address allows; the limit itself is proven by rate-limits.int-spec.ts.
  RATE_LIMIT_REGISTER: process.env.RATE_LIMIT_REGISTER ?? '500/3600',
  // The specs publish a course and open the home page at once; a kept page would show it seconds later, as it does
  // for people. The cache itself is proven by web-ssr-cache.spec.ts and serve-web-ssr.spec.ts.
  WEB_SSR_CACHE_SECONDS: process.env.WEB_SSR_CACHE_SECONDS ?? '0',
};
let pg;
if (!process.env.DATABASE_URL) {
  pg = await startEmbeddedPostgres({
    dataDir: process.env.PG_E2E_DATA_DIR ?? '.data/pg-e2e',
    port: Number(process.env.PG_E2E_PORT ?? 54349),
    database: 'lc_e2e',
    fresh: true,
  });
  env.DATABASE_URL = pg.url;
}
env.PUBLIC_URL = `http://localhost:${port}`;
// Seed and serve connect as lc_app (no table of its own); `migrate`, as DATABASE_URL's owner, gives it this password.
if (!env.DATABASE_APP_URL) env.DATABASE_APP_PASSWORD ??= 'e2e-app-password-never-in-production';
for (const step of ['migrate', 'seed']) {
  const r = spawnSync('node', ['dist/apps/api/main.js', step], { stdio: 'inherit', env });
  if (r.status !== 0) {
    await pg?.stop();
    process.exit(r.status ?? 1);
  }
}
const server = spawn('node', ['dist/apps/api/main.js'], { stdio: 'inherit', env });
const stop = async () => {
  server.kill('SIGTERM');
  await pg?.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', async (code) => {
  await pg?.stop();
  process.exit(code ?? 1);
});

// `npm start`: build, start the embedded PostgreSQL (unless DATABASE_URL is set), migrate as the owner, seed an
// empty database with demo data and serve the API and the web app on one port, both as lc_app.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { startEmbeddedPostgres } from '../db/embedded-postgres.mjs';

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
const port = Number(env.PORT ?? 3000);
const run = (cmd, args, extra = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extra } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!env.SKIP_BUILD) run('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static']);

mkdirSync('.data', { recursive: true });
let pg;
if (!env.DATABASE_URL) {
  pg = await startEmbeddedPostgres({
    dataDir: '.data/pg',
    port: Number(env.PG_PORT ?? 54329),
    database: 'learning_citizen',
  });
  env.DATABASE_URL = pg.url;
  // The embedded database is a local demo: it gets the demo accounts. A server named by DATABASE_URL gets them
  // only with SEED_DEMO=true.
  env.SEED_DEMO ??= 'true';
}
// A development secret kept beside the data, so sign-ins survive restarts; production sets JWT_SECRET.
if (!env.JWT_SECRET) {
  const file = '.data/jwt-secret';
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  env.JWT_SECRET = readFileSync(file, 'utf8').trim();
}
// The API serves as lc_app, which owns no table; `migrate` (as the owner in DATABASE_URL) gives it this password.
// Kept beside the data like the JWT secret; a deployment sets DATABASE_APP_URL or its own password instead.
if (!env.DATABASE_APP_URL && !env.DATABASE_APP_PASSWORD) {
  const file = '.data/db-app-password';
  if (!existsSync(file)) writeFileSync(file, randomBytes(24).toString('base64url'), { mode: 0o600 });
  env.DATABASE_APP_PASSWORD = readFileSync(file, 'utf8').trim();
}
env.PUBLIC_URL ??= `http://localhost:${port}`;

run('node', ['dist/apps/api/main.js', 'migrate']);
run('node', ['dist/apps/api/main.js', 'seed']);

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
  process.exit(code ?? 0);
});

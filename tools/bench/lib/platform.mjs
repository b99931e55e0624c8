// What every benchmark measures: the built API, alone on its port, on a fresh database migrated and seeded with the
// demo data. Server output goes to a log file so that the report on stdout stays a clean markdown document.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { argon2Env } from './accounts.mjs';
import { startDatabase } from './postgres.mjs';
import { cpuMeter, tree } from './proc.mjs';
import { step } from './report.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
// BENCH_API_MAIN benchmarks another build, e.g. `npx nx run api:build --outputPath=tmp/api-before` for a before/after.
const MAIN = process.env.BENCH_API_MAIN ?? 'dist/apps/api/main.js';
const SECRET = 'bench-only-jwt-secret-never-use-in-production-48';
const cleanups = [];
let cleaning;

function cleanup() {
  cleaning ??= (async () => {
    for (const fn of cleanups.reverse()) await fn().catch((err) => step(`cleanup: ${err.message}`));
  })();
  return cleaning;
}

/** Runs a benchmark; whatever happens, the server and PostgreSQL are stopped. Non-zero exit only when it could not run. */
export async function runBench(fn) {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      step(`${signal}: stopping the API and PostgreSQL`);
      cleanup().finally(() => process.exit(130));
    });
  }
  let code = 0;
  try {
    await fn();
  } catch (err) {
    console.error(`\nBenchmark could not run: ${err?.message ?? err}`);
    code = 1;
  }
  await cleanup();
  process.exit(code);
}

function ensureBuild() {
  if (existsSync(MAIN)) return;
  if (process.env.BENCH_API_MAIN) throw new Error(`BENCH_API_MAIN names ${MAIN}, which does not exist`);
  step(`${MAIN} is missing: building the API once (npx nx run api:build)`);
  const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
  const r = spawnSync('npx', ['nx', 'run', 'api:build', '--output-style=static'], { stdio: 'inherit', env });
  if (r.status !== 0 || !existsSync(MAIN)) throw new Error('API build failed: run `npx nx run api:build` and read why');
}

const portOpen = (port) =>
  new Promise((done) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
  });

const tail = (file) => readFileSync(file, 'utf8').split('\n').slice(-25).join('\n');

async function waitForHealth(baseUrl, server, logFile, timeoutMs = 90_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`the API exited (${server.exitCode}); ${logFile}:\n${tail(logFile)}`);
    const ok = await fetch(`${baseUrl}/api/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`/api/health did not answer 200 within ${timeoutMs / 1000} s; ${logFile}:\n${tail(logFile)}`);
}

async function stopServer(server) {
  if (server.exitCode !== null) return;
  const family = tree(server.pid).map((p) => p.pid);
  const exited = new Promise((r) => server.once('exit', r));
  server.kill('SIGTERM');
  const timer = new Promise((r) => setTimeout(r, 20_000, 'timeout'));
  if ((await Promise.race([exited, timer])) !== 'timeout') return;
  step('the API did not stop within 20 s of SIGTERM: killing the processes it started');
  for (const pid of family) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

/**
 * Every bench client comes from one address, so the API's rate limits (docs/adr/0007) would measure themselves, not
 * the platform: they are lifted unless given.
 */
function liftedRateLimits() {
  const names = ['SIGN_IN', 'SIGN_IN_ACCOUNT', 'REGISTER', 'REFRESH', 'XAPI', 'H5P_UPLOAD', 'CERTIFICATE'];
  return Object.fromEntries(names.map((n) => [`RATE_LIMIT_${n}`, process.env[`RATE_LIMIT_${n}`] ?? '1000000/60']));
}

/** Starts PostgreSQL, migrates, seeds the demo data and serves the API; `name` names the log file. */
export async function startPlatform(name) {
  process.chdir(ROOT);
  ensureBuild();
  const port = Number(process.env.PORT ?? 3300);
  if (await portOpen(port)) throw new Error(`port ${port} is taken: stop what runs there, or set PORT`);
  const logFile = resolve(`.data/bench-logs/${name}.log`);
  mkdirSync(dirname(logFile), { recursive: true });
  const log = openSync(logFile, 'w');

  step('starting PostgreSQL');
  const db = await startDatabase();
  cleanups.push(() => db.shutdown());
  if (!db.external) rmSync('.data/storage-bench', { recursive: true, force: true });
  const env = {
    ...process.env,
    ...argon2Env(),
    DATABASE_URL: db.url,
    // lc_app's password, which `migrate` sets (ignored when DATABASE_APP_URL is given): the API never runs as owner.
    DATABASE_APP_PASSWORD: process.env.DATABASE_APP_PASSWORD ?? 'bench-only-app-password-never-in-production',
    PORT: String(port),
    JWT_SECRET: SECRET,
    STORAGE_DIR: '.data/storage-bench',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    // The soak runs longer than the default 15-minute access token.
    ACCESS_TOKEN_TTL_SECONDS: process.env.ACCESS_TOKEN_TTL_SECONDS ?? '7200',
    PUBLIC_URL: `http://localhost:${port}`,
    ...liftedRateLimits(),
  };
  for (const command of ['migrate', 'seed']) {
    step(`node ${MAIN} ${command}`);
    const extra = command === 'seed' ? { SEED_DEMO: 'true' } : {};
    const r = spawnSync('node', [MAIN, command], { env: { ...env, ...extra }, stdio: ['ignore', log, log] });
    if (r.status !== 0) throw new Error(`\`${command}\` failed (${r.status}); ${logFile}:\n${tail(logFile)}`);
  }
  step(`serving the API on port ${port} (log: ${logFile})`);
  const server = spawn('node', [MAIN], { env, stdio: ['ignore', log, log] });
  cleanups.push(() => stopServer(server));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, server, logFile);
  return {
    baseUrl,
    port,
    db,
    server,
    logFile,
    build: `${MAIN} built ${statSync(MAIN).mtime.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    cpu: cpuMeter({ apiPid: server.pid, postmasterPid: db.postmasterPid }),
  };
}

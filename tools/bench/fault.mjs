// Usage: node tools/bench/fault.mjs [--users 100] [--rate 100] [--seconds 35] [--stop-after 10] [--down 5]
//
// PostgreSQL restarts under load. A moderate mix of writes (answer saves, some submissions, xAPI records) runs at
// a fixed rate; PostgreSQL is stopped (fast shutdown), kept down --down seconds, and started again. Expected: 503s
// while it is down, the first acknowledged write within 10 s of it accepting connections again, and every write
// the API acknowledged (204/200/201) present in the database afterwards.
//
// Embedded PostgreSQL (no DATABASE_URL) is restarted with its own pg_ctl. For a server named by DATABASE_URL, give
// the commands: PG_STOP_CMD='pg_ctlcluster 15 main stop -m fast' PG_START_CMD='pg_ctlcluster 15 main start', or
// only PG_RESTART_CMD='pg_ctlcluster 15 main restart' (then the outage lasts as long as the restart and --down is
// ignored). They run through `sh -c`.
import { signedInCitizens } from './lib/accounts.mjs';
import { findCourse, startAttempts } from './lib/catalog.mjs';
import { faultMix, lostWrites } from './lib/fault-mix.mjs';
import { ceilings, phase, PHASE_HEADERS, phaseRow, warmUp } from './lib/load.mjs';
import { runBench, startPlatform } from './lib/platform.mjs';
import { waitForPostgres, withClient } from './lib/postgres.mjs';
import { goal, header, num, options, step, table } from './lib/report.mjs';

const opts = options('node tools/bench/fault.mjs', {
  users: [100, 1, 20_000, 'citizens, each with one attempt'],
  rate: [100, 1, 10_000, 'requests per second, fixed'],
  connections: [20, 1, 1000, 'concurrent connections'],
  seconds: [35, 10, 600, 'length of the load'],
  'stop-after': [10, 1, 300, 'seconds of load before PostgreSQL stops'],
  down: [5, 0, 120, 'seconds PostgreSQL stays down'],
  'ceiling-duration': [5, 1, 600, 'seconds per ceiling measurement'],
});

await runBench(async () => {
  if (opts['stop-after'] + opts.down + 5 > opts.seconds)
    throw new Error('--seconds must leave ≥ 5 s after the restart');
  const { DATABASE_URL, PG_RESTART_CMD, PG_STOP_CMD, PG_START_CMD } = process.env;
  if (DATABASE_URL && !PG_RESTART_CMD && !(PG_STOP_CMD && PG_START_CMD)) {
    throw new Error(
      'DATABASE_URL is set: give PG_STOP_CMD and PG_START_CMD, or PG_RESTART_CMD (see the top of this file)',
    );
  }
  const platform = await startPlatform('fault');
  const users = await signedInCitizens(platform, opts.users);
  const course = await findCourse(platform.baseUrl);
  const started = await startAttempts(platform.baseUrl, users, course.testId);
  await warmUp(platform, users);
  step('measuring the ceilings');
  const { health, me } = await ceilings(platform, users, {
    connections: opts.connections,
    duration: opts['ceiling-duration'],
  });

  const events = {};
  const seconds = Array.from({ length: opts.seconds + 5 }, () => ({ ok: 0, s503: 0, other: {}, errors: 0 }));
  let t0 = performance.now();
  const second = () => seconds[Math.min(seconds.length - 1, Math.floor((performance.now() - t0) / 1000))];
  let firstWriteAfterUp = null;
  const mix = faultMix(started, course.h5pMaterialId, () => {
    if (events.up && firstWriteAfterUp === null) firstWriteAfterUp = performance.now();
  });

  async function restart() {
    await new Promise((r) => setTimeout(r, opts['stop-after'] * 1000));
    step('stopping PostgreSQL (fast shutdown)');
    events.stopping = performance.now();
    await platform.db.stop();
    events.down = performance.now();
    if (!platform.db.restartOnly) await new Promise((r) => setTimeout(r, opts.down * 1000));
    step('starting PostgreSQL');
    events.starting = performance.now();
    await platform.db.start();
    await waitForPostgres(platform.db.url);
    events.up = performance.now();
    step('PostgreSQL accepts connections again');
  }

  step(`mixed writes at ${opts.rate}/s for ${opts.seconds} s; PostgreSQL stops after ${opts['stop-after']} s`);
  let restarting;
  const load = await phase(
    platform,
    `mixed writes at ${opts.rate}/s, PostgreSQL restarted`,
    {
      connections: opts.connections,
      duration: opts.seconds,
      overallRate: opts.rate,
      // autocannon's coordinated-omission correction assumes a 1 ms interval under overallRate: raw latencies only.
      ignoreCoordinatedOmission: true,
      requests: [{ setupRequest: mix.setupRequest, onResponse: mix.onResponse }],
    },
    (instance) => {
      instance.on('start', () => {
        t0 = performance.now();
        // Kept, not thrown here: a rejection left unhandled until the load ends would kill the process uncleaned.
        restarting = restart().catch((err) => err);
      });
      instance.on('response', (_client, status) => {
        const s = second();
        if (status >= 200 && status < 300) s.ok++;
        else if (status === 503) s.s503++;
        else s.other[status] = (s.other[status] ?? 0) + 1;
      });
      instance.on('reqError', () => second().errors++);
    },
  );
  const failed = await restarting;
  if (failed instanceof Error) throw new Error(`restarting PostgreSQL failed: ${failed.message}`);

  step('checking every acknowledged write in the database');
  const lost = await withClient(platform.db.url, (client) => lostWrites(client, mix.acked));

  header('Fault — PostgreSQL restarted under load', platform, opts);
  table(PHASE_HEADERS, [health, me, load].map(phaseRow));
  const at = (t) => (t === undefined ? null : Math.floor((t - t0) / 1000));
  const marks = {};
  for (const [event, label] of [
    ['stopping', 'PostgreSQL stopping'],
    ['down', 'down'],
    ['starting', 'starting'],
    ['up', 'accepting connections'],
  ]) {
    const i = at(events[event]);
    if (i !== null) marks[i] = marks[i] ? `${marks[i]}, ${label}` : label;
  }
  const rows = seconds
    .map((s, i) => [
      i,
      s.ok,
      s.s503,
      Object.entries(s.other)
        .map(([c, n]) => `${c}×${n}`)
        .join(' '),
      s.errors,
      marks[i] ?? '',
    ])
    .filter((r, i) => i < opts.seconds || r[1] + r[2] + r[4] > 0 || r[3]);
  table(['second', '2xx', '503', 'other', 'errors', 'event'], rows);

  // With only a restart command, `down` is when the restart returned: the outage began when it was issued.
  const outage = seconds.slice(at(platform.db.restartOnly ? events.stopping : events.down) + 1, at(events.up));
  const outageOther = outage.reduce((n, s) => n + Object.values(s.other).reduce((a, b) => a + b, 0) + s.errors, 0);
  const outage503 = outage.reduce((n, s) => n + s.s503, 0);
  const recovery = firstWriteAfterUp === null ? null : (firstWriteAfterUp - events.up) / 1000;
  const { answers, submissions, records } = mix.acked;
  console.log(
    `Acknowledged: ${answers.length} answers, ${submissions.length} submissions, ${records.length} records. ` +
      `Outage: ${num((events.up - events.down) / 1000, 1)} s from stopped to accepting connections.\n`,
  );
  console.log('## Results\n');
  const check = (label, missing, total) =>
    console.log(`- ${missing.length === 0 ? 'PASS' : 'FAIL'} ${label}: ${total - missing.length} of ${total} found`);
  check('no acknowledged answer lost', lost.answers, answers.length);
  check('no acknowledged submission lost', lost.submissions, submissions.length);
  check('no acknowledged record lost', lost.records, records.length);
  goal(
    'while PostgreSQL was down, every request got 503',
    outage503 > 0 && outageOther === 0,
    `${outage503} × 503, ${outageOther} other answers or connection errors in the full seconds of the outage`,
  );
  const other5xx = {};
  for (const [code, n] of seconds.flatMap((x) => Object.entries(x.other))) {
    if (Number(code) >= 500) other5xx[code] = (other5xx[code] ?? 0) + n;
  }
  goal(
    'no 5xx other than 503, the edges of the outage included',
    Object.keys(other5xx).length === 0,
    Object.entries(other5xx)
      .map(([c, n]) => `${c}×${n}`)
      .join(' ') || 'none',
  );
  goal(
    'recovery ≤ 10 s (PostgreSQL up → first acknowledged write)',
    recovery !== null && recovery <= 10,
    recovery === null ? 'no write after the restart' : `${num(recovery, 2)} s`,
  );
  for (const [kind, missing] of Object.entries(lost)) {
    if (missing.length) console.log(`\nLost ${kind} (first 5): ${JSON.stringify(missing.slice(0, 5))}`);
  }
});

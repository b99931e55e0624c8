// Usage: node tools/bench/soak.mjs [--users 300] [--rate 670] [--minutes 10] [--connections 50] [--window 60]
//
// The test-taking answer saves at a fixed rate for a long time: does the API's memory settle, and does it keep
// answering? The API's process tree RSS is sampled every 10 s; each window (a minute by default) gets a row.
// Attempts expire at the test's time limit (20 minutes for the seeded tests), so keep --minutes below that.
import { signedInCitizens } from './lib/accounts.mjs';
import { answerJobs, findCourse, startAttempts } from './lib/catalog.mjs';
import { ceilings, phase, PHASE_HEADERS, phaseRow, rotate, warmUp } from './lib/load.mjs';
import { runBench, startPlatform } from './lib/platform.mjs';
import { treeRss } from './lib/proc.mjs';
import { goal, header, num, options, pct, step, table } from './lib/report.mjs';

const opts = options('node tools/bench/soak.mjs', {
  users: [300, 1, 20_000, 'citizens, each with one attempt'],
  rate: [670, 1, 100_000, 'answer saves per second, fixed'],
  minutes: [10, 0.05, 60, 'length of the soak'],
  connections: [50, 1, 1000, 'concurrent connections'],
  window: [60, 10, 600, 'seconds per table row (RSS is sampled every 10 s)'],
  'ceiling-duration': [10, 1, 600, 'seconds per ceiling measurement'],
});

const SAMPLE_MS = 10_000;
const mb = (bytes) => bytes / 2 ** 20;
const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const p99 = (xs) =>
  xs.length ? xs.sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.99))] : null;

await runBench(async () => {
  const platform = await startPlatform('soak');
  const users = await signedInCitizens(platform, opts.users);
  const course = await findCourse(platform.baseUrl);
  const started = await startAttempts(platform.baseUrl, users, course.testId);
  await warmUp(platform, users);
  step('measuring the ceilings');
  const { health, me } = await ceilings(platform, users, {
    connections: opts.connections,
    duration: opts['ceiling-duration'],
  });

  const seconds = Math.round(opts.minutes * 60);
  const deadline = Math.min(...started.map((s) => Date.parse(s.attempt.deadlineAt)));
  if (Date.now() + seconds * 1000 > deadline) {
    step(`warning: the attempts expire at ${new Date(deadline).toISOString()}, before the soak ends: expect 409s`);
  }
  const windows = Array.from({ length: Math.ceil(seconds / opts.window) }, () => ({
    rss: [],
    latencies: [],
    ok: 0,
    fivexx: 0,
    other: 0,
    errors: 0,
  }));
  let t0 = performance.now();
  const windowNow = () =>
    windows[Math.min(windows.length - 1, Math.floor((performance.now() - t0) / 1000 / opts.window))];
  const sample = () => windowNow().rss.push(treeRss(platform.server.pid));
  let sampler;
  step(`soak: ${opts.rate} answer saves/s for ${seconds} s`);
  const soak = await phase(
    platform,
    `PUT answers at ${opts.rate}/s for ${seconds} s`,
    {
      connections: opts.connections,
      duration: seconds,
      overallRate: opts.rate,
      // autocannon's coordinated-omission correction assumes a 1 ms interval under overallRate: raw latencies only.
      ignoreCoordinatedOmission: true,
      requests: [{ setupRequest: rotate(answerJobs(started)) }],
    },
    (instance) => {
      instance.on('start', () => {
        t0 = performance.now();
        sample();
        sampler = setInterval(sample, SAMPLE_MS);
      });
      instance.on('response', (_client, status, _bytes, ms) => {
        const w = windowNow();
        w.latencies.push(ms);
        if (status >= 200 && status < 300) w.ok++;
        else if (status >= 500) w.fivexx++;
        else w.other++;
      });
      instance.on('reqError', () => windowNow().errors++);
    },
  );
  clearInterval(sampler);

  header('Soak — answer saves at a fixed rate', platform, opts);
  table(PHASE_HEADERS, [health, me, soak].map(phaseRow));
  const label = opts.window === 60 ? 'minute' : `window (${opts.window} s)`;
  const rows = windows.map((w, i) => {
    const length = Math.min(opts.window, seconds - i * opts.window);
    return [
      i + 1,
      num(mb(mean(w.rss) ?? NaN), 1),
      num(w.rss.length ? mb(Math.max(...w.rss)) : NaN, 1),
      num(w.ok / length),
      num(p99(w.latencies), 1),
      w.fivexx,
      w.other,
      w.errors,
    ];
  });
  table([label, 'RSS MB (mean)', 'RSS MB (max)', '2xx/s', 'p99 ms', '5xx', 'other non-2xx', 'errors'], rows);
  const first = mean(windows[0].rss);
  const last = mean(windows[windows.length - 1].rss);
  const growth = first && last ? last / first - 1 : null;
  const fivexx = windows.reduce((n, w) => n + w.fivexx, 0);
  console.log(
    `Held rate ÷ target: ${pct(soak.rate / opts.rate)}; target ÷ GET /api/me ceiling: ${pct(opts.rate / me.rate)}.`,
  );
  if (windows.length === 1) console.log('Only one window: the RSS growth compares it with itself; run longer.');
  console.log('\n## Goals\n');
  goal(`RSS growth from the first ${label} to the last < 10 %`, growth !== null && growth < 0.1, pct(growth));
  goal('0 responses 5xx', fivexx === 0, `${fivexx} (and ${soak.errors} connection errors)`);
  goal(`held ≥ 95 % of ${opts.rate}/s`, soak.rate >= 0.95 * opts.rate, `${num(soak.rate)}/s`);
});

// Lighthouse on a slow phone, against the built app on a fresh, seeded database: the home page, a course, a test's
// intro and its attempt (both signed in as the demo citizen), mobile at 360 × 780 with Slow 3G (400 kbit/s, 400 ms RTT) and a 4× slower CPU.
// Then the same pages in a real throttled browser, timed until their content shows (tools/web/slow-phone.mjs).
// Prints a markdown report for docs/benchmarks.md; progress goes to stderr, full reports to .data/lighthouse/.
//
//   npx nx run-many -t build -p api web && node tools/lighthouse.mjs [--runs 3]
//     --throttling simulate|devtools   Lighthouse's simulated network (default) or DevTools' applied throttling
//     --network slow3g|slow4g          Slow 3G (default), or Lighthouse's own mobile default (Slow 4G), for reference
//     --no-timings                     Lighthouse only
//     --timings-only                   the real-browser timings only
//
// WEB_DIST_DIR measures another web build (e.g. one of an earlier commit); LH_PORT moves the server (default 3481).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { findCourse } from './bench/lib/catalog.mjs';
import { withBrowser } from './web/chromium.mjs';
import { summarise } from './web/lighthouse-summary.mjs';
import { signInAsCitizen, startBuiltPlatform } from './web/built-platform.mjs';
import { apiCompression, clientIndex, initialJs } from './web/sizes.mjs';
import { slowPhoneTimings } from './web/slow-phone.mjs';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    throttling: { type: 'string', default: 'simulate' },
    network: { type: 'string', default: 'slow3g' },
    'no-timings': { type: 'boolean', default: false },
    'timings-only': { type: 'boolean', default: false },
  },
});
const runs = Math.min(Math.max(Number(args.runs) || 1, 1), 9);
const method = args.throttling === 'devtools' ? 'devtools' : 'simulate';
const slow4g = args.network === 'slow4g';
const port = Number(process.env.LH_PORT ?? 3481);
const webDist = resolve(process.env.WEB_DIST_DIR ?? 'dist/apps/web/browser');
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const outDir = resolve('.data/lighthouse');
const step = (text) => console.error(`· ${text}`);

// Lantern (simulate) takes the round trip and throughput; DevTools throttling works per request, so it gets
// Lighthouse's usual factors for that (latency × 3.75, throughput × 0.9).
const SLOW_3G = {
  rttMs: 400,
  throughputKbps: 400,
  requestLatencyMs: 400 * 3.75,
  downloadThroughputKbps: 400 * 0.9,
  uploadThroughputKbps: 400 * 0.9,
  cpuSlowdownMultiplier: 4,
};
const FLAGS = {
  output: 'json',
  logLevel: 'error',
  onlyCategories: ['performance', 'accessibility'],
  formFactor: 'mobile',
  screenEmulation: { mobile: true, width: 360, height: 780, deviceScaleFactor: 2, disabled: false },
  throttlingMethod: method,
  ...(slow4g ? {} : { throttling: SLOW_3G }),
  // Every run has a browser profile of its own, so it is a first visit anyway; keeping storage keeps the sign-in.
  disableStorageReset: true,
};

async function audit(baseUrl, target, n) {
  return withBrowser(chromePath, async (browser) => {
    const page = await browser.newPage();
    if (target.signIn) await signInAsCitizen(page, baseUrl);
    const { lhr, report } = await lighthouse(`${baseUrl}${target.path}`, FLAGS, undefined, page);
    writeFileSync(join(outDir, `${target.name}-${n}.json`), report);
    return summarise(lhr);
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const s = (msValue) => (Number.isFinite(msValue) ? (msValue / 1000).toFixed(1) : '—');

function hardware() {
  const chromium = execFileSync(chromePath, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
    .toString()
    .trim();
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim();
  const dirty = execFileSync('git', ['status', '--porcelain']).toString().trim() ? ' + uncommitted changes' : '';
  const lhVersion = JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version;
  const built = statSync(clientIndex(webDist)).mtime.toISOString().slice(0, 16).replace('T', ' ');
  const network = slow4g
    ? "Lighthouse's default mobile network (Slow 4G: 1.6 Mbit/s, 150 ms RTT)"
    : 'Slow 3G, 400 kbit/s, 400 ms RTT';
  return [
    `- Hardware: ${os.cpus()[0].model.trim()}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
    `- Node ${process.version}, ${chromium.split(' built')[0]}, Lighthouse ${lhVersion}; load average at start: ` +
      os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' '),
    `- Web build: ${webDist.replace(`${process.cwd()}/`, '')} built ${built} UTC, commit ${commit}${dirty}`,
    `- Lighthouse: ${method === 'simulate' ? 'simulated (Lantern)' : 'applied (DevTools)'} ${network}, CPU 4× ` +
      `slower, 360 × 780 mobile; ${runs} run(s) per page, the median by performance score shown`,
  ];
}

async function lighthouseTable(baseUrl, targets) {
  const table = [
    '| page | perf (runs) | a11y | FCP s | LCP s | TTI s | TBT ms | CLS | JS KB sent | all KB | LCP element | a11y failures |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const target of targets) {
    const results = [];
    for (let n = 1; n <= runs; n++) {
      step(`Lighthouse: ${target.name} (${target.path}), run ${n} of ${runs}`);
      let result = await audit(baseUrl, target, n);
      // Lighthouse 12 with this Chromium now and then loses the trace's navigation start (NO_NAVSTART): run again.
      for (let retry = 1; result.error && retry <= 2; retry++) {
        step(`  ${result.error}: again (${retry} of 2)`);
        result = await audit(baseUrl, target, n);
      }
      results.push(result);
    }
    const mid = results.find((r) => r.performance === median(results.map((x) => x.performance)));
    table.push(
      `| ${target.name} | ${mid.performance} (${results.map((r) => r.performance).join(', ')}) | ${mid.accessibility} | ` +
        `${s(mid.fcp)} | ${s(mid.lcp)} | ${s(mid.tti)} | ${Math.round(mid.tbt)} | ${mid.cls.toFixed(3)} | ` +
        `${mid.scriptKb.toFixed(1)} | ${mid.totalKb.toFixed(1)} | ${mid.lcpElement} | ${mid.a11yFailures.join(', ') || '—'} |`,
    );
  }
  return table;
}

async function timingsTable(baseUrl, course) {
  const all = [];
  for (let n = 1; n <= runs; n++) {
    step(`slow-phone timings, run ${n} of ${runs}`);
    all.push(
      await withBrowser(chromePath, (browser) =>
        slowPhoneTimings(browser, baseUrl, course, (p) => signInAsCitizen(p, baseUrl)),
      ),
    );
  }
  const table = [
    `| slow 3G, real browser (median of ${runs}) | first paint s | content shown s | runs s |`,
    '| --- | --- | --- | --- |',
  ];
  for (const [i, row] of all[0].entries()) {
    const content = all.map((r) => r[i].content);
    table.push(
      `| ${row.what} | ${s(median(all.map((r) => r[i].paint)))} | **${s(median(content))}** | ` +
        `${content.map(s).join(', ')} |`,
    );
  }
  return table;
}

async function main() {
  for (const [file, fix] of [
    ['dist/apps/api/main.js', 'npx nx run-many -t build -p api web'],
    [clientIndex(webDist), 'npx nx run-many -t build -p api web (or set WEB_DIST_DIR)'],
  ]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run ${fix}`);
  }
  mkdirSync(outDir, { recursive: true });
  const lines = ['### Lighthouse and slow-3G timings', '', ...hardware(), ''];
  const js = initialJs(webDist);
  step(`starting PostgreSQL and the API on port ${port} (log: ${join(outDir, 'server.log')})`);
  const platform = await startBuiltPlatform({ port, webDist, logFile: join(outDir, 'server.log') });
  try {
    const { baseUrl } = platform;
    const course = await findCourse(baseUrl);
    const targets = [
      { name: 'home', path: '/' },
      { name: 'course', path: `/courses/${course.courseId}` },
      { name: 'test', path: `/tests/${course.testId}`, signIn: true },
      { name: 'attempt', path: `/tests/${course.testId}/attempt`, signIn: true },
    ];
    if (!args['timings-only']) lines.push(...(await lighthouseTable(baseUrl, targets)), '');
    if (!args['no-timings']) lines.push(...(await timingsTable(baseUrl, course)), '');
    lines.push(
      `Initial JavaScript (${js.files} files named by the client index): ${(js.raw / 1024).toFixed(1)} KB raw, ` +
        `**${(js.gzip / 1024).toFixed(1)} KB gzip -9**, ${(js.brotli / 1024).toFixed(1)} KB brotli as sent.`,
      '',
      '| API answer | identity bytes | compressed bytes | encoding | CPU per answer |',
      '| --- | --- | --- | --- | --- |',
    );
    const paths = ['/api/courses', `/api/courses/${course.courseId}`, '/api/competences'];
    for (const row of await apiCompression(baseUrl, paths)) {
      const path = row.path.replace(course.courseId, ':id');
      lines.push(
        `| GET ${path} | ${row.plain} | ${row.packed} | ${row.encoding} | ${Math.round(row.microseconds)} µs |`,
      );
    }
  } finally {
    step('stopping the server');
    await platform.stop();
  }
  console.log(lines.join('\n'));
  step(`full Lighthouse reports: ${outDir}/<page>-<run>.json`);
}

main().catch((err) => {
  console.error(`Lighthouse run failed: ${err?.stack ?? err}`);
  process.exit(1);
});

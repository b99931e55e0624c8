// Usage: node tools/bench/record-ingest.mjs [--users 300] [--batch 100] [--connections 20] [--duration 15]
//
// Learning records from xAPI: POST /api/materials/:materialId/xapi with `{ "statements": [...] }` (batch form, each
// request a new batch of statements with new ids), or `{ "statement": {...} }` with --batch 1. If the API does not
// take the batch form yet (it answers 400), the run falls back to --batch 1 and says so. In the same run the same
// number of rows goes into learning_record through plain multi-row INSERTs from `pg`, batches of --batch with
// --connections in flight: the database's own ceiling for this write, which the API is compared with.
import { signedInCitizens } from './lib/accounts.mjs';
import { findCourse } from './lib/catalog.mjs';
import { ceilings, phase, PHASE_HEADERS, phaseRow, warmUp } from './lib/load.mjs';
import { runBench, startPlatform } from './lib/platform.mjs';
import { goal, header, num, options, pct, step, table } from './lib/report.mjs';
import { probeBatch, rawInsert, xapiJob } from './lib/xapi.mjs';

const opts = options('node tools/bench/record-ingest.mjs', {
  users: [300, 1, 20_000, 'citizens the records belong to, round-robin'],
  batch: [100, 1, 100, 'statements per request (1 = the single form)'],
  connections: [20, 1, 1000, 'concurrent connections, and concurrent INSERTs for the baseline'],
  duration: [15, 1, 600, 'seconds per measured phase'],
});

await runBench(async () => {
  const platform = await startPlatform('record-ingest');
  const users = await signedInCitizens(platform, opts.users);
  const { h5pMaterialId: materialId, slug } = await findCourse(platform.baseUrl);
  let batch = opts.batch;
  let fallback = null;
  if (batch > 1) {
    const probe = await probeBatch(platform.baseUrl, materialId, users[0]);
    if (!probe.supported) {
      fallback = `The API does not take the batch form yet (a 2-statement probe answered ${probe.status}: ${
        probe.body?.code ?? JSON.stringify(probe.body)?.slice(0, 120)
      }), so this run used --batch 1, the single form.`;
      step(fallback);
      batch = 1;
    }
  }
  await warmUp(platform, users);

  step('measuring the ceilings');
  const { health, me } = await ceilings(platform, users, opts);
  step(`ingesting batches of ${batch} statements, ${opts.connections} connections`);
  let next = 0;
  const api = await phase(platform, `POST /api/materials/:id/xapi (batch ${batch})`, {
    connections: opts.connections,
    duration: opts.duration,
    requests: [{ setupRequest: (req) => Object.assign(req, xapiJob(materialId, users[next++ % users.length], batch)) }],
  });
  const apiRecords = api.ok * batch;
  // Never so few rows that connection setup dominates the baseline.
  const total = Math.max(apiRecords, opts.batch * opts.connections * 10);
  step(`raw baseline: ${total} rows in INSERTs of ${opts.batch}, ${opts.connections} at a time`);
  const before = platform.cpu.mark();
  const raw = await rawInsert(platform.db.url, {
    users,
    materialId,
    total,
    batch: opts.batch,
    concurrency: opts.connections,
  });
  const rawCpu = platform.cpu.since(before);

  header('Learning-record ingest (xAPI)', platform, opts);
  if (fallback) console.log(`**${fallback}**\n`);
  console.log(`Material ${materialId} of course "${slug}"; statements spread over ${users.length} citizens.\n`);
  table(PHASE_HEADERS, [health, me, api].map(phaseRow));
  const apiRate = apiRecords / api.seconds;
  const ratio = apiRate / raw.rate;
  const cpu = (s) => (s === null ? 'n/a' : `${s.toFixed(1)} s`);
  table(
    ['path', 'rows per request', 'records', 'seconds', 'records/s', 'API CPU', 'PostgreSQL CPU', 'bench CPU'],
    [
      [
        'API',
        batch,
        num(apiRecords),
        num(api.seconds, 1),
        num(apiRate),
        cpu(api.cpu.api),
        cpu(api.cpu.pg),
        cpu(api.cpu.bench),
      ],
      [
        'raw INSERT (pg)',
        opts.batch,
        num(raw.rows),
        num(raw.seconds, 1),
        num(raw.rate),
        cpu(rawCpu.api),
        cpu(rawCpu.pg),
        cpu(rawCpu.bench),
      ],
    ],
  );
  console.log(`API ÷ raw INSERT: ${pct(ratio)}; API requests ÷ GET /api/me: ${pct(api.rate / me.rate)}.\n`);
  console.log('## Goals\n');
  const clean = api.errors === 0 && api.non2xx === 0;
  goal(
    '≥ 10,000 records/s',
    apiRate >= 10_000 && clean,
    `${num(apiRate)}/s (batch ${batch}), p50 ${num(api.p50)} ms, p99 ${num(api.p99)} ms, ` +
      `${api.non2xx} non-2xx, ${api.errors} errors`,
  );
  goal('≥ 50 % of raw INSERT', ratio >= 0.5, pct(ratio));
});

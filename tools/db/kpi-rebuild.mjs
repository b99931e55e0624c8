// `npm run kpi:rebuild -- [--check]` (docs/adr/0015): compares the incremental KPI rollups with a count made afresh
// from the source tables, then (without --check) rebuilds them. DATABASE_URL names the owner of the tables.
// Exit code 1 when --check finds a mismatch, so it can run in a scheduled job.
import { parseArgs } from 'node:util';
import pg from 'pg';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL to the database, as the owner of its tables (the API role may not rebuild).');
  process.exit(2);
}

const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  await client.query('SET statement_timeout = 0');
  let t = performance.now();
  const { rows } = await client.query('SELECT kind, key, expected, actual FROM kpi_rollup_diff()');
  console.log(`Compared in ${((performance.now() - t) / 1000).toFixed(1)} s: ${rows.length} mismatches.`);
  for (const r of rows.slice(0, 20))
    console.log(`  ${r.kind} ${r.key}: expected ${r.expected ?? '(person state)'}, kept ${r.actual ?? ''}`);
  if (values.check) {
    process.exitCode = rows.length ? 1 : 0;
  } else {
    t = performance.now();
    await client.query('SELECT kpi_rollup_rebuild()');
    console.log(`Rebuilt in ${((performance.now() - t) / 1000).toFixed(1)} s.`);
  }
} finally {
  await client.end();
}

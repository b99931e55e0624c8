/**
 * A synthetic Hà Nội in the real schema (issue 10 §2): `npm run city:generate -- --scale 0.01 --seed 1`.
 *
 * Starts its own PostgreSQL (.data/pg-city, port 54391, wiped first) unless --database-url names one, migrates it and
 * loads the reference data with the built API, writes the city with COPY and rebuilds the KPI rollups. The same seed,
 * scale and --as-of give the same city. Prints a markdown summary with the hardware on stdout, progress on stderr.
 */
import argon2 from 'argon2';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { FULL_SCALE } from './lib/city-plan';
import { generateCity } from './lib/write-city';

const usage = `npm run city:generate -- [--scale 0.01] [--seed 1] [--as-of YYYY-MM-DD] [--database-url URL]
  [--data-dir .data/pg-city] [--port 54391]`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '0.01' },
      seed: { type: 'string', default: '1' },
      'as-of': { type: 'string' },
      'database-url': { type: 'string' },
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return void console.log(usage);
  const scale = Number(values.scale);
  const seed = Number(values.seed);
  const asOf = values['as-of'] ? new Date(`${values['as-of']}T12:00:00Z`) : new Date();
  if (!(scale > 0 && scale <= 1) || !Number.isInteger(seed) || Number.isNaN(asOf.getTime()))
    throw new Error(`--scale must be in (0, 1], --seed an integer, --as-of a date.\n${usage}`);

  const log = (m: string) => process.stderr.write(`[city ${new Date().toISOString().slice(11, 19)}] ${m}\n`);
  const db = await import('./lib/city-database.mjs');
  let url = values['database-url'];
  let stop: (() => Promise<void>) | undefined;
  let where = 'the server in --database-url';
  if (!url) {
    db.ensureApiBuild(log);
    const started = await db.startCityDatabase({
      dataDir: values['data-dir'],
      port: values.port ? Number(values.port) : undefined,
      fresh: true,
    });
    ({ url, stop } = started);
    where = started.describe;
    log(`migrating and seeding the reference data (${where})`);
    db.migrateAndSeed(url, '.data/bench-logs/city-generate.log');
  }
  try {
    const conversion = 'data/hanoi-unit-conversion-2025.csv';
    const summary = await generateCity({
      url,
      scale,
      seed,
      asOf,
      passwordHash: await argon2.hash('Mat-khau-thu-1', {
        type: argon2.argon2id,
        memoryCost: 19456,
        timeCost: 2,
        parallelism: 1,
      }),
      conversionCsv: existsSync(conversion) ? readFileSync(conversion, 'utf8') : null,
      log,
    });
    const size = await databaseSize(url);
    const cpus = os.cpus();
    const n = (x: number) => x.toLocaleString('en-US');
    console.log(`# Synthetic city, scale ${scale} (seed ${seed}, as of ${asOf.toISOString().slice(0, 10)})\n`);
    console.log(
      `- Hardware: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
    );
    console.log(`- Node ${process.version}; database: ${where}\n`);
    console.log('| what | generated | at full scale (×1/scale) | Hà Nội (issue 10) |');
    console.log('| --- | --- | --- | --- |');
    console.log(`| communes | ${summary.communes} | ${summary.communes} | 126 |`);
    console.log(`| residential groups | ${n(summary.groups)} | — | — |`);
    console.log(
      `| people (adults) | ${n(summary.people)} (${n(summary.adults)}) | ${n(Math.round(summary.adults / scale))} adults | ${n(FULL_SCALE.adults)} adults |`,
    );
    console.log(
      `| applications (titles) | ${n(summary.applications)} (${n(summary.titles)}) | ${n(Math.round(summary.titles / scale))} titles | ${n(FULL_SCALE.titles)} titles |`,
    );
    console.log(
      `| learning records | ${n(summary.records)} | ${n(Math.round(summary.records / scale))} | ${n(FULL_SCALE.records)} |`,
    );
    console.log(
      `\nLoad (COPY, triggers off): ${summary.seconds.load.toFixed(1)} s; KPI rollup rebuild: ${summary.seconds.rebuild.toFixed(1)} s; database size ${size}.`,
    );
  } finally {
    await stop?.();
  }
}

async function databaseSize(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(`SELECT pg_size_pretty(pg_database_size(current_database())) AS size`)).rows[0].size;
  } finally {
    await client.end();
  }
}

main().catch((err: Error) => {
  console.error(`\nThe city could not be generated: ${err.message}`);
  process.exit(1);
});

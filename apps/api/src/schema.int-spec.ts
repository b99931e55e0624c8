import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createTestApp } from './testing/test-app';

describe('database schema', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  // What `typeorm migration:generate --check` does: a changed entity without its migration fails here.
  // The migrations deliberately hold more than the entities declare (foreign keys, checks, partial indexes),
  // so only what TypeORM would add or alter counts as drift, not what it would drop.
  it('matches the entities after every migration has run', async () => {
    const sql = await app.get(DataSource).driver.createSchemaBuilder().log();
    const drift = sql.upQueries.map((q) => q.query).filter((q) => !/DROP (CONSTRAINT|INDEX)/.test(q));
    expect(drift).toEqual([]);
  });

  it('can undo and redo the last migration', async () => {
    const ds = app.get(DataSource);
    await ds.undoLastMigration();
    expect(await ds.showMigrations()).toBe(true);
    await ds.runMigrations();
    expect(await ds.showMigrations()).toBe(false);
  });
});

import { INestApplication } from '@nestjs/common';
import { asOwner, createTestApp } from './testing/test-app';

describe('database schema', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  // What `typeorm migration:generate --check` does: a changed entity without its migration fails here.
  // The migrations deliberately hold more than the entities declare (foreign keys, checks, partial indexes),
  // so only what TypeORM would add or alter counts as drift, not what it would drop.
  it('matches the entities after every migration has run', () =>
    asOwner(async (owner) => {
      const sql = await owner.driver.createSchemaBuilder().log();
      const drift = sql.upQueries.map((q) => q.query).filter((q) => !/DROP (CONSTRAINT|INDEX)/.test(q));
      expect(drift).toEqual([]);
    }));

  // Migrations are the owner's: the API's own role could not run them.
  it('can undo and redo the last migration', () =>
    asOwner(async (owner) => {
      await owner.undoLastMigration();
      expect(await owner.showMigrations()).toBe(true);
      await owner.runMigrations();
      expect(await owner.showMigrations()).toBe(false);
    }));
});

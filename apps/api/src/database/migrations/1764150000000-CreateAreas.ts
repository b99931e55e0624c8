import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAreas1764150000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE area (
        id text PRIMARY KEY,
        code text NOT NULL,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('province', 'commune', 'group')),
        unit_type text NOT NULL,
        parent_id text REFERENCES area(id),
        path text NOT NULL UNIQUE
      )`);
    await q.query(`CREATE INDEX area_parent_idx ON area (parent_id)`);
    await q.query(`CREATE UNIQUE INDEX area_group_name_uq ON area (parent_id, name) WHERE kind = 'group'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE area`);
  }
}

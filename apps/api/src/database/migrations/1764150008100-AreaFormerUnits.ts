import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hà Nội's wards and communes before 1 July 2025 and the current communes they went into
 * (data/hanoi-unit-conversion-2025.csv, loaded by the seed), so that people can find where they live by the name
 * they still use. A unit split between several communes has a row for each.
 */
export class AreaFormerUnits1764150008100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE area_former_unit (
        commune_id text NOT NULL REFERENCES area(id),
        old_unit_code text NOT NULL,
        old_unit_name text NOT NULL,
        old_district_name text NOT NULL,
        whole boolean NOT NULL,
        PRIMARY KEY (commune_id, old_unit_code)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE area_former_unit`);
  }
}

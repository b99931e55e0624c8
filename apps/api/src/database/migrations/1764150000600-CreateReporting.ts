import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReporting1764150000600 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE kpi_rule (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), valid_from date NOT NULL, params jsonb NOT NULL)`,
    );
    await q.query(
      `CREATE TABLE kpi_target (code text NOT NULL, year int NOT NULL, target double precision NOT NULL, PRIMARY KEY (code, year))`,
    );
    await q.query(`
      CREATE TABLE population_figure (
        area_id text NOT NULL REFERENCES area(id),
        year int NOT NULL,
        adults int NOT NULL CHECK (adults >= 0),
        PRIMARY KEY (area_id, year)
      )`);
    // The programme's defaults (PRODUCT.md §8; Decision 677/QĐ-TTg, Hà Nội Plan 290/KH-UBND): editable data.
    await q.query(`INSERT INTO kpi_rule (valid_from, params) VALUES ('2025-01-01', $1)`, [
      JSON.stringify({ adultAge: 18, skillDomains: ['1', '2', '4'], k3MinLevel: 2, k4MinLevel: 3 }),
    ]);
    await q.query(`
      INSERT INTO kpi_target (code, year, target) VALUES
        ('K1', 2025, 0.4), ('K1', 2030, 0.6), ('K2', 2025, 0.6), ('K2', 2030, 0.8),
        ('K3', 2025, 0.7), ('K3', 2030, 0.9), ('K4', 2025, 0.6), ('K4', 2030, 0.8)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['population_figure', 'kpi_target', 'kpi_rule']) await q.query(`DROP TABLE ${t}`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Population figures by sex and age band (issue 10 §4, docs/adr/0018): optional rows under a commune and year's
 * total, which is their sum. The breakdown by sex or age band takes K1's denominator from them where loaded.
 */
export class PopulationBands1764160300100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE population_figure_band (
        area_id text NOT NULL,
        year int NOT NULL,
        sex text NOT NULL,
        age_band text NOT NULL,
        adults int NOT NULL,
        CONSTRAINT population_figure_band_pk PRIMARY KEY (area_id, year, sex, age_band),
        CONSTRAINT population_figure_band_figure_fk FOREIGN KEY (area_id, year)
          REFERENCES population_figure (area_id, year) ON DELETE CASCADE,
        CONSTRAINT population_figure_band_sex CHECK (sex IN ('female', 'male')),
        CONSTRAINT population_figure_band_adults CHECK (adults >= 0)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE population_figure_band`);
  }
}

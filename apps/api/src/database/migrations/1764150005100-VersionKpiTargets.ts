import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * KPI targets are versioned (issue 10 §4): a revised plan adds a version with the day it takes effect and the
 * document it comes from; the newest in force applies, and earlier versions stay as history (the API may add, never
 * change or remove). The targets so far become the first version, of Decision 677/QĐ-TTg (3 June 2022), with K0's.
 */
export class VersionKpiTargets1764150005100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE kpi_target
        ADD COLUMN valid_from date NOT NULL DEFAULT '2022-06-03',
        ADD COLUMN source text NOT NULL DEFAULT 'Quyết định 677/QĐ-TTg; Kế hoạch 290/KH-UBND của UBND TP Hà Nội',
        DROP CONSTRAINT kpi_target_pkey,
        ADD CONSTRAINT kpi_target_pk PRIMARY KEY (code, year, valid_from),
        ADD CONSTRAINT kpi_target_share CHECK (target >= 0 AND target <= 1),
        ADD CONSTRAINT kpi_target_code CHECK (code IN ('K0', 'K1', 'K2', 'K3', 'K4', 'K4_OF_K3')),
        ADD CONSTRAINT kpi_target_source CHECK (length(source) BETWEEN 1 AND 500)`);
    await q.query(`ALTER TABLE kpi_target ALTER COLUMN valid_from DROP DEFAULT, ALTER COLUMN source DROP DEFAULT`);
    await q.query(`
      INSERT INTO kpi_target (code, year, target, valid_from, source)
      SELECT 'K0', y, 1, '2022-06-03', 'Quyết định 677/QĐ-TTg; Kế hoạch 290/KH-UBND của UBND TP Hà Nội'
      FROM unnest(ARRAY[2025, 2030]) y
      ON CONFLICT ON CONSTRAINT kpi_target_pk DO NOTHING`);
    await q.query(`REVOKE UPDATE, DELETE ON kpi_target FROM lc_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`GRANT UPDATE, DELETE ON kpi_target TO lc_app`);
    // Back to one target per code and year: the version in force today.
    await q.query(`
      DELETE FROM kpi_target t WHERE t.code = 'K0' OR EXISTS (
        SELECT 1 FROM kpi_target n WHERE n.code = t.code AND n.year = t.year AND n.valid_from > t.valid_from
          AND n.valid_from <= current_date)
        OR t.valid_from > current_date`);
    await q.query(`
      ALTER TABLE kpi_target
        DROP CONSTRAINT kpi_target_source,
        DROP CONSTRAINT kpi_target_code,
        DROP CONSTRAINT kpi_target_share,
        DROP CONSTRAINT kpi_target_pk,
        ADD CONSTRAINT kpi_target_pkey PRIMARY KEY (code, year),
        DROP COLUMN source,
        DROP COLUMN valid_from`);
  }
}

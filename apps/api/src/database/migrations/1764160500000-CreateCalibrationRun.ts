import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Runs of the assessment's calibration (issue 8 §2), started by a city admin or the command: who asked, when, and
 * what was published. At most one runs at a time: a second request while one runs gets that one back.
 */
export class CreateCalibrationRun1764160500000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE assessment_calibration_run (
        id uuid CONSTRAINT assessment_calibration_run_pk PRIMARY KEY DEFAULT gen_random_uuid(),
        status text NOT NULL
          CONSTRAINT assessment_calibration_run_status_ck CHECK (status IN ('running', 'done', 'failed')),
        requested_by uuid CONSTRAINT assessment_calibration_run_requested_by_fk REFERENCES app_user(id),
        min_responses int NOT NULL CONSTRAINT assessment_calibration_run_min_responses_ck CHECK (min_responses >= 1),
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        calibration_version text,
        summary jsonb,
        error_code text,
        CONSTRAINT assessment_calibration_run_finished_ck CHECK ((status = 'running') = (finished_at IS NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX assessment_calibration_run_one_running_uq ON assessment_calibration_run ((true))
       WHERE status = 'running'`,
    );
    await q.query(
      `CREATE INDEX assessment_calibration_run_started_idx ON assessment_calibration_run (started_at DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE assessment_calibration_run`);
  }
}

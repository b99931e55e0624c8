import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The city-wide digital-skills assessment (issue 8): its versioned rule sets, its attempts, and one row per item
 * served. The API's role gets rows only (default privileges, migration 1764150001000).
 */
export class CreateSkillsAssessment1764150007000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE assessment_rule_set (
        kind text NOT NULL CHECK (kind IN ('engine_config', 'cut_scores', 'calibration', 'policy')),
        version text NOT NULL CHECK (version <> ''),
        body jsonb NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (kind, version)
      )`);
    await q.query(`
      CREATE TABLE skills_attempt (
        id uuid PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES app_user(id),
        started_at timestamptz NOT NULL,
        deadline_at timestamptz NOT NULL,
        extra_time boolean NOT NULL DEFAULT false,
        engine_version text NOT NULL,
        calibration_version text NOT NULL,
        cut_scores_version text NOT NULL,
        policy_version text NOT NULL,
        excluded_item_ids text[] NOT NULL DEFAULT '{}',
        finished_at timestamptz,
        end_reason text CHECK (end_reason IN ('done', 'expired')),
        result jsonb,
        record_id uuid,
        CHECK ((finished_at IS NULL) = (end_reason IS NULL)),
        CHECK (deadline_at > started_at)
      )`);
    // One open attempt per person: a second device or a double click resumes it instead of starting another.
    await q.query(`CREATE UNIQUE INDEX skills_attempt_open_uq ON skills_attempt (person_id) WHERE finished_at IS NULL`);
    await q.query(`CREATE INDEX skills_attempt_person_idx ON skills_attempt (person_id, started_at DESC)`);
    // Exposure is counted over the attempts started in a recent window.
    await q.query(`CREATE INDEX skills_attempt_started_idx ON skills_attempt (started_at)`);
    await q.query(`
      CREATE TABLE skills_response (
        attempt_id uuid NOT NULL REFERENCES skills_attempt(id),
        position int NOT NULL CHECK (position >= 1),
        item_id text NOT NULL REFERENCES test_item(id),
        a double precision NOT NULL CHECK (a > 0),
        b double precision NOT NULL,
        served_at timestamptz NOT NULL DEFAULT now(),
        response jsonb,
        correct boolean,
        answered_at timestamptz,
        PRIMARY KEY (attempt_id, position),
        UNIQUE (attempt_id, item_id),
        CHECK ((response IS NULL) = (answered_at IS NULL) AND (response IS NULL) = (correct IS NULL))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE skills_response`);
    await q.query(`DROP TABLE skills_attempt`);
    await q.query(`DROP TABLE assessment_rule_set`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAssessment1764150000400 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE test_item (
        id text PRIMARY KEY,
        source text NOT NULL CHECK (source IN ('bank', 'trainer')),
        competence text NOT NULL REFERENCES competence(code),
        level int NOT NULL CHECK (level BETWEEN 1 AND 8),
        type text NOT NULL CHECK (type IN ('single_choice','multiple_choice','true_false','short_answer','ordering','matching','hotspot')),
        stem jsonb NOT NULL,
        options jsonb NOT NULL DEFAULT '[]',
        answer jsonb NOT NULL,
        explanation jsonb,
        extra jsonb NOT NULL DEFAULT '{}',
        difficulty double precision NOT NULL,
        discrimination double precision NOT NULL,
        time_seconds int NOT NULL DEFAULT 60,
        status text NOT NULL DEFAULT 'published' CHECK (status IN ('draft', 'in_review', 'published', 'retired')),
        author_id uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX test_item_draw_idx ON test_item (competence, level) WHERE source = 'bank' AND status = 'published'`,
    );
    await q.query(`
      CREATE TABLE test (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title jsonb NOT NULL,
        item_ids text[] NOT NULL DEFAULT '{}',
        blueprint jsonb,
        pass_percent int NOT NULL DEFAULT 60 CHECK (pass_percent BETWEEN 0 AND 100),
        time_limit_seconds int NOT NULL DEFAULT 1200 CHECK (time_limit_seconds > 0),
        retake_cooldown_minutes int NOT NULL DEFAULT 0,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (cardinality(item_ids) > 0 OR blueprint IS NOT NULL)
      )`);
    await q.query(`
      CREATE TABLE test_attempt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        test_id uuid NOT NULL REFERENCES test(id),
        person_id uuid NOT NULL REFERENCES app_user(id),
        item_ids text[] NOT NULL,
        answers jsonb NOT NULL DEFAULT '{}',
        started_at timestamptz NOT NULL,
        deadline_at timestamptz NOT NULL,
        submitted_at timestamptz,
        result jsonb
      )`);
    // One open attempt per test per person (PRODUCT.md §4).
    await q.query(
      `CREATE UNIQUE INDEX test_attempt_open_uq ON test_attempt (test_id, person_id) WHERE submitted_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE test_attempt`);
    await q.query(`DROP TABLE test`);
    await q.query(`DROP TABLE test_item`);
  }
}

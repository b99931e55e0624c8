import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateLearningRecords1764150000200 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE learning_record (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES app_user(id),
        seq int NOT NULL,
        verb text NOT NULL,
        object_type text NOT NULL,
        object_id text NOT NULL,
        object_name jsonb NOT NULL,
        trust text NOT NULL CHECK (trust IN ('verified', 'attested', 'reported', 'declared')),
        score double precision,
        max_score double precision,
        success boolean,
        completion boolean,
        domain_levels jsonb,
        context jsonb NOT NULL DEFAULT '{}',
        voids_record_id uuid REFERENCES learning_record(id),
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        prev_hash text,
        hash text NOT NULL,
        UNIQUE (person_id, seq)
      )`);
    // Evidence is append-only: a correction is a new record that voids an old one (PRODUCT.md §5).
    await q.query(`
      CREATE FUNCTION learning_record_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'learning records are append-only' USING ERRCODE = 'LC001';
      END $$`);
    await q.query(`
      CREATE TRIGGER learning_record_append_only BEFORE UPDATE OR DELETE ON learning_record
      FOR EACH ROW EXECUTE FUNCTION learning_record_refuse_change()`);
    await q.query(`
      CREATE TRIGGER learning_record_no_truncate BEFORE TRUNCATE ON learning_record
      FOR EACH STATEMENT EXECUTE FUNCTION learning_record_refuse_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE learning_record`);
    await q.query(`DROP FUNCTION learning_record_refuse_change`);
  }
}

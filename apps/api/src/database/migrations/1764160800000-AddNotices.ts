import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * In-app notices (issue 11 §4): a row per change of state a person is told about, written in the transaction of
 * the change itself, so a notice exists exactly when the change committed. Owner-only reads go by person, newest
 * first; unread ones are counted for the bell.
 */
export class AddNotices1764160800000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notice (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL,
        kind text NOT NULL,
        subject_id uuid NOT NULL,
        subject_name jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        CONSTRAINT notice_pk PRIMARY KEY (id),
        CONSTRAINT notice_person_fk FOREIGN KEY (person_id) REFERENCES app_user(id) ON DELETE CASCADE,
        CONSTRAINT notice_kind_check CHECK (kind IN (
          'application_submitted', 'application_returned', 'application_verified', 'application_recognised',
          'application_rejected', 'application_revoked', 'course_published', 'course_returned')),
        CONSTRAINT notice_subject_name_check CHECK (jsonb_typeof(subject_name) = 'object' AND subject_name ? 'vi')
      )`);
    await q.query(`CREATE INDEX notice_person_created_idx ON notice (person_id, created_at DESC)`);
    await q.query(`CREATE INDEX notice_person_unread_idx ON notice (person_id) WHERE read_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notice`);
  }
}

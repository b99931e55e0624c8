import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Item review and problem reports (issue 8 §3, docs/adr/0019). An edit of a published item is a new row that shares
 * the first version's `lineage_id`, so responses keep pointing at the version they answered; seeded items have no
 * lineage of their own yet and count as version 1. Reports point at the version the citizen saw.
 */
export class ItemReview1764160400000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE test_item DROP CONSTRAINT test_item_status_check`);
    await q.query(`
      ALTER TABLE test_item
        ADD CONSTRAINT test_item_status_ck
          CHECK (status IN ('draft', 'in_review', 'returned', 'published', 'retired', 'superseded')),
        ADD COLUMN lineage_id text,
        ADD COLUMN version int NOT NULL DEFAULT 1,
        ADD COLUMN review_reasons jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN reviewed_by uuid,
        ADD COLUMN reviewed_at timestamptz,
        ADD CONSTRAINT test_item_version_ck CHECK (version >= 1),
        ADD CONSTRAINT test_item_reviewed_by_fk FOREIGN KEY (reviewed_by) REFERENCES app_user(id)`);
    // At most one published version of an item, and one version in review at a time.
    await q.query(
      `CREATE UNIQUE INDEX test_item_one_published_uq ON test_item (COALESCE(lineage_id, id))
       WHERE source = 'bank' AND status = 'published'`,
    );
    await q.query(
      `CREATE UNIQUE INDEX test_item_one_open_revision_uq ON test_item (lineage_id)
       WHERE source = 'bank' AND status IN ('in_review', 'returned') AND version > 1`,
    );
    await q.query(`CREATE INDEX test_item_review_queue_idx ON test_item (created_at) WHERE status = 'in_review'`);
    await q.query(`CREATE INDEX test_item_author_idx ON test_item (author_id) WHERE source = 'bank'`);
    await q.query(`
      CREATE TABLE item_problem_report (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        item_id text NOT NULL,
        reporter_id uuid NOT NULL,
        reason text NOT NULL,
        note text,
        status text NOT NULL DEFAULT 'open',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT item_problem_report_pk PRIMARY KEY (id),
        CONSTRAINT item_problem_report_item_fk FOREIGN KEY (item_id) REFERENCES test_item(id),
        CONSTRAINT item_problem_report_reporter_fk FOREIGN KEY (reporter_id) REFERENCES app_user(id),
        CONSTRAINT item_problem_report_reason_ck
          CHECK (reason IN ('wrong_key', 'unclear', 'typo', 'outdated', 'offensive', 'other')),
        CONSTRAINT item_problem_report_note_ck CHECK (note IS NULL OR char_length(note) <= 1000),
        CONSTRAINT item_problem_report_status_ck CHECK (status IN ('open', 'closed'))
      )`);
    // A person's repeated report of one item is the same report: a retry or double click adds nothing.
    await q.query(
      `CREATE UNIQUE INDEX item_problem_report_once_uq ON item_problem_report (item_id, reporter_id)
       WHERE status = 'open'`,
    );
    await q.query(
      `CREATE INDEX item_problem_report_open_idx ON item_problem_report (created_at) WHERE status = 'open'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE item_problem_report`);
    // Rows are kept (responses reference old versions): the statuses fold into the ones the old check allows.
    await q.query(
      `UPDATE test_item SET status = CASE status WHEN 'returned' THEN 'in_review' ELSE 'retired' END
       WHERE status IN ('returned', 'superseded')`,
    );
    await q.query(`DROP INDEX test_item_author_idx`);
    await q.query(`DROP INDEX test_item_review_queue_idx`);
    await q.query(`DROP INDEX test_item_one_open_revision_uq`);
    await q.query(`DROP INDEX test_item_one_published_uq`);
    await q.query(`
      ALTER TABLE test_item
        DROP CONSTRAINT test_item_reviewed_by_fk,
        DROP CONSTRAINT test_item_version_ck,
        DROP COLUMN reviewed_at,
        DROP COLUMN reviewed_by,
        DROP COLUMN review_reasons,
        DROP COLUMN version,
        DROP COLUMN lineage_id,
        DROP CONSTRAINT test_item_status_ck`);
    await q.query(
      `ALTER TABLE test_item ADD CONSTRAINT test_item_status_check
       CHECK (status IN ('draft', 'in_review', 'published', 'retired'))`,
    );
  }
}

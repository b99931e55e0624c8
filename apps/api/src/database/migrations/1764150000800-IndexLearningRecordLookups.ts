import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The xAPI de-duplication look-up scanned a person's whole chain (ingest fell from ~100/s to ~30/s as chains
 * grew), and every "is this record voided?" question scanned the table. The statement index is unique, so a
 * statement stored twice by a race is refused by the database rather than counted twice.
 */
export class IndexLearningRecordLookups1764150000800 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNIQUE INDEX learning_record_statement_uq ON learning_record (person_id, (context->>'statementId'))
      WHERE context->>'statementId' IS NOT NULL`);
    await q.query(
      `CREATE INDEX learning_record_voids_idx ON learning_record (voids_record_id) WHERE voids_record_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX learning_record_voids_idx`);
    await q.query(`DROP INDEX learning_record_statement_uq`);
  }
}

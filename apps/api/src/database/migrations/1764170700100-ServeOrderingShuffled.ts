import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The order in which an ordering item's steps were served to an attempt (issue 8): shuffled on the server and kept,
 * so a reload shows the same order and the key's order is never what the citizen starts from. Null for other types
 * and for items served before.
 */
export class ServeOrderingShuffled1764170700100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE skills_response ADD COLUMN option_order text[]`);
    await q.query(`ALTER TABLE skills_response ADD CONSTRAINT skills_response_option_order_size
      CHECK (option_order IS NULL OR cardinality(option_order) BETWEEN 2 AND 20)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE skills_response DROP COLUMN option_order`);
  }
}

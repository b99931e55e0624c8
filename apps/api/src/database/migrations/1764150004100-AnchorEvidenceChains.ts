import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every person's chain head (last sequence number and hash), kept by the database itself as records are added, so
 * that a checkpoint reads one row per person; and the database's copy of each signed checkpoint (docs/adr/0013).
 * Neither is trusted by the verifier, which reads the records and the signed copies outside the database; the API's
 * role may only read the heads (a SECURITY DEFINER trigger of the owner writes them) and only add checkpoints.
 */
export class AnchorEvidenceChains1764150004100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE learning_chain_head (
        person_id uuid PRIMARY KEY REFERENCES app_user(id),
        seq int NOT NULL,
        hash text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One upsert per INSERT statement (a batch of records is one statement), whatever the order within it.
    await q.query(`
      CREATE FUNCTION learning_chain_head_advance() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        INSERT INTO learning_chain_head AS h (person_id, seq, hash)
          SELECT DISTINCT ON (person_id) person_id, seq, hash FROM appended ORDER BY person_id, seq DESC
        ON CONFLICT (person_id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash, updated_at = now()
          WHERE h.seq < EXCLUDED.seq;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER learning_record_advance_head AFTER INSERT ON learning_record
      REFERENCING NEW TABLE AS appended FOR EACH STATEMENT EXECUTE FUNCTION learning_chain_head_advance()`);
    await q.query(`
      INSERT INTO learning_chain_head (person_id, seq, hash)
      SELECT DISTINCT ON (person_id) person_id, seq, hash FROM learning_record ORDER BY person_id, seq DESC`);
    await q.query(`REVOKE INSERT, UPDATE, DELETE ON learning_chain_head FROM lc_app`);

    await q.query(`
      CREATE TABLE evidence_checkpoint (
        sequence int PRIMARY KEY,
        created_at timestamptz NOT NULL,
        root text NOT NULL,
        persons int NOT NULL,
        statement jsonb NOT NULL,
        signature text NOT NULL
      )`);
    await q.query(`
      CREATE FUNCTION evidence_checkpoint_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'evidence checkpoints are append-only' USING ERRCODE = 'LC003';
      END $$`);
    await q.query(`
      CREATE TRIGGER evidence_checkpoint_append_only BEFORE UPDATE OR DELETE ON evidence_checkpoint
      FOR EACH ROW EXECUTE FUNCTION evidence_checkpoint_refuse_change()`);
    await q.query(`
      CREATE TRIGGER evidence_checkpoint_no_truncate BEFORE TRUNCATE ON evidence_checkpoint
      FOR EACH STATEMENT EXECUTE FUNCTION evidence_checkpoint_refuse_change()`);
    await q.query(`REVOKE UPDATE, DELETE ON evidence_checkpoint FROM lc_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE evidence_checkpoint`);
    await q.query(`DROP FUNCTION evidence_checkpoint_refuse_change`);
    await q.query(`DROP TRIGGER learning_record_advance_head ON learning_record`);
    await q.query(`DROP FUNCTION learning_chain_head_advance`);
    await q.query(`DROP TABLE learning_chain_head`);
  }
}

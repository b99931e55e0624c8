import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploads bounded by their cost (docs/adr/0012): a package is known by the SHA-256 of its file, so an identical
 * upload reuses it, and it records the bytes it takes on disk, which the per-trainer quota sums. Rows from before
 * have no hash (they are never matched) and count as the size of their file.
 */
export class BoundUploads1764150002000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE h5p_package
        ADD COLUMN content_hash text,
        ADD COLUMN stored_bytes bigint,
        ADD CONSTRAINT h5p_package_content_hash_format CHECK (content_hash ~ '^[0-9a-f]{64}$')`);
    await q.query(`UPDATE h5p_package SET stored_bytes = size_bytes`);
    await q.query(`ALTER TABLE h5p_package ALTER COLUMN stored_bytes SET NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX h5p_package_content_hash_uq ON h5p_package (content_hash)`);
    await q.query(`CREATE INDEX h5p_package_uploaded_by_idx ON h5p_package (uploaded_by)`);
    await q.query(`CREATE INDEX material_h5p_package_idx ON material (h5p_package_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX material_h5p_package_idx`);
    await q.query(`DROP INDEX h5p_package_uploaded_by_idx`);
    await q.query(`DROP INDEX h5p_package_content_hash_uq`);
    await q.query(`
      ALTER TABLE h5p_package
        DROP CONSTRAINT h5p_package_content_hash_format,
        DROP COLUMN stored_bytes,
        DROP COLUMN content_hash`);
  }
}

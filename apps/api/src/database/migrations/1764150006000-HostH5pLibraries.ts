import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * H5P libraries installed by an admin (docs/adr/0016): one row per major.minor with the patch it serves from its
 * own folder in storage; installs waiting for confirmation; a history of every change, which the API may add to and
 * read but never alter; and learners' saved state, one row per person and material.
 */
export class HostH5pLibraries1764150006000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE h5p_library (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        machine_name text NOT NULL CHECK (machine_name ~ '^[\\w.-]{1,255}$'),
        major_version int NOT NULL CHECK (major_version >= 0),
        minor_version int NOT NULL CHECK (minor_version >= 0),
        patch_version int NOT NULL CHECK (patch_version >= 0),
        title text NOT NULL,
        runnable boolean NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        dependencies jsonb NOT NULL DEFAULT '[]',
        files jsonb NOT NULL DEFAULT '[]',
        stored_bytes bigint NOT NULL,
        folder text NOT NULL UNIQUE,
        installed_by uuid REFERENCES app_user(id),
        installed_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (machine_name, major_version, minor_version)
      )`);
    await q.query(`
      CREATE TABLE h5p_library_install (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'installed', 'cancelled')),
        main_library text,
        plan jsonb NOT NULL,
        package_hash text NOT NULL CHECK (package_hash ~ '^[0-9a-f]{64}$'),
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_by uuid REFERENCES app_user(id),
        decided_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE h5p_library_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action text NOT NULL CHECK (action IN ('installed', 'upgraded', 'disabled', 'enabled', 'uninstalled')),
        machine_name text NOT NULL,
        major_version int NOT NULL,
        minor_version int NOT NULL,
        patch_version int NOT NULL,
        from_patch int,
        install_id uuid REFERENCES h5p_library_install(id),
        actor_id uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX h5p_library_change_created_idx ON h5p_library_change (created_at)`);
    // Default privileges gave lc_app UPDATE and DELETE too: the history is only ever added to.
    await q.query(`REVOKE UPDATE, DELETE ON h5p_library_change FROM lc_app`);
    await q.query(`
      CREATE TABLE h5p_user_data (
        person_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        material_id uuid NOT NULL REFERENCES material(id) ON DELETE CASCADE,
        data text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (person_id, material_id)
      )`);
    await q.query(`CREATE INDEX h5p_user_data_material_idx ON h5p_user_data (material_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE h5p_user_data`);
    await q.query(`DROP TABLE h5p_library_change`);
    await q.query(`DROP TABLE h5p_library_install`);
    await q.query(`DROP TABLE h5p_library`);
  }
}

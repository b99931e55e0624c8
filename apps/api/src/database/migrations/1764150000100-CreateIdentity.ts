import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdentity1764150000100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        full_name text NOT NULL,
        username text UNIQUE,
        citizen_id text UNIQUE CHECK (citizen_id ~ '^[0-9]{12}$'),
        birth_year int,
        gender text CHECK (gender IN ('female', 'male', 'other')),
        commune_id text REFERENCES area(id),
        group_id text REFERENCES area(id),
        population_group text,
        password_hash text NOT NULL,
        failed_sign_ins int NOT NULL DEFAULT 0,
        sign_in_blocked_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (username IS NOT NULL OR citizen_id IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX app_user_commune_idx ON app_user (commune_id)`);
    await q.query(`
      CREATE TABLE role_grant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('citizen','trainer','content_reviewer','verifier','approver','analyst','admin')),
        area_id text NOT NULL REFERENCES area(id),
        granted_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (user_id, role, area_id)
      )`);
    await q.query(`
      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX refresh_token_family_idx ON refresh_token (family_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE refresh_token`);
    await q.query(`DROP TABLE role_grant`);
    await q.query(`DROP TABLE app_user`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The API's own role, lc_app: rows only. It owns nothing, so it cannot alter or drop a table or switch a trigger
 * off, and it gets no TRUNCATE. Learning records are evidence: it may only read and add them. Roles belong to the
 * whole cluster, so the role is created only if missing; it starts without login (`migrate` gives it a password
 * when the API's URL is derived, see app-role.ts).
 */
export class CreateAppRole1764150001000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lc_app') THEN
          CREATE ROLE lc_app NOLOGIN;
        END IF;
      EXCEPTION WHEN duplicate_object THEN
        NULL; -- another database of the cluster created it at the same moment
      END $$`);
    // A role made elsewhere with powers would undo the point of it.
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lc_app'
                   AND (rolsuper OR rolbypassrls OR rolcreaterole OR rolcreatedb)) THEN
          RAISE EXCEPTION 'role lc_app must be a plain role (no SUPERUSER, BYPASSRLS, CREATEROLE or CREATEDB)';
        END IF;
      END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO lc_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO lc_app`);
    await q.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO lc_app`);
    // Tables later migrations create (as this same owner) get the same rights without a GRANT of their own.
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO lc_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO lc_app`);
    await q.query(`REVOKE UPDATE, DELETE ON learning_record FROM lc_app`);
    await q.query(`REVOKE ALL ON ${this.migrationsTable(q)} FROM lc_app`);
    // PostgreSQL 15 and later already refuse this; older servers let every role create tables in public.
    await q.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM lc_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM lc_app`);
    await q.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM lc_app`);
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM lc_app`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM lc_app`);
    // The role itself stays: it is the cluster's, and another database may use it. CREATE on public is not given
    // back to every role either.
  }

  private migrationsTable(q: QueryRunner): string {
    return q.connection.driver.escape(q.connection.options.migrationsTableName ?? 'migrations');
  }
}

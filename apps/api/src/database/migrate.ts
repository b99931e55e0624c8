import { DataSource } from 'typeorm';
import { APP_ROLE } from './app-role';
import { DEFAULT_POOL, dataSourceOptions } from './data-source';

/**
 * `main.js migrate`, and the test harness: the migrations run as the owner (DATABASE_URL); then, if the API's URL
 * is derived, lc_app gets `appPassword` as its login. Setting it on every run makes a changed password take effect.
 */
export async function migrateDatabase(ownerUrl: string, appPassword?: string): Promise<string[]> {
  const ds = await new DataSource(dataSourceOptions(ownerUrl, { ...DEFAULT_POOL, size: 2 })).initialize();
  try {
    const done = await ds.runMigrations();
    if (appPassword) await allowAppLogin(ds, appPassword);
    return done.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

async function allowAppLogin(ds: DataSource, password: string): Promise<void> {
  // ALTER ROLE takes no bind parameters, so the server quotes the password itself.
  const [{ sql }] = await ds.query(`SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', $1::text, $2::text) AS sql`, [
    APP_ROLE,
    password,
  ]);
  try {
    await ds.query(sql);
  } catch (err) {
    throw new Error(
      `The owner in DATABASE_URL cannot let ${APP_ROLE} sign in (${(err as Error).message}). Give it CREATEROLE, or ` +
        `create a login that is a member of ${APP_ROLE} yourself and set DATABASE_APP_URL instead of DATABASE_APP_PASSWORD.`,
    );
  }
}

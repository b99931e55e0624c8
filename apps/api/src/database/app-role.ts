/**
 * The role the API serves and seeds as (created by migration 1764150001000): it reads and writes rows but owns no
 * table, so it cannot alter one, switch its triggers off, truncate it or drop it. Migrations run as the owner.
 */
export const APP_ROLE = 'lc_app';

export interface DatabaseUrls {
  /** The owner: `main.js migrate` connects with it. */
  DATABASE_URL?: string;
  /** The API's own login, when the database's administrator manages it. */
  DATABASE_APP_URL?: string;
  /** Otherwise `migrate` lets lc_app sign in with this password, and the API's URL is derived from DATABASE_URL. */
  DATABASE_APP_PASSWORD?: string;
}

/** Why the API would have no connection of its own, or null. */
export function appDatabaseUrlProblem(env: DatabaseUrls): string | null {
  if (env.DATABASE_APP_URL) return null;
  if (!env.DATABASE_URL || !env.DATABASE_APP_PASSWORD) {
    return 'set DATABASE_APP_URL, or DATABASE_URL and DATABASE_APP_PASSWORD (the API then connects as lc_app)';
  }
  if (!URL.canParse(env.DATABASE_URL) || !new URL(env.DATABASE_URL).host) {
    return 'DATABASE_URL names no host, so the URL of lc_app cannot be derived from it: set DATABASE_APP_URL';
  }
  return null;
}

/** The URL the API serves and seeds with: DATABASE_APP_URL, or DATABASE_URL's server and database as lc_app. */
export function appDatabaseUrl(env: DatabaseUrls): string {
  const problem = appDatabaseUrlProblem(env);
  const { DATABASE_URL: owner, DATABASE_APP_URL: own, DATABASE_APP_PASSWORD: password } = env;
  if (own) return own;
  if (problem || !owner || !password) throw new Error(`No database login for the API: ${problem}`);
  const url = new URL(owner);
  url.username = APP_ROLE;
  // The setter leaves '%' and some delimiters as they are; encoding first makes any password round-trip.
  url.password = encodeURIComponent(password);
  url.searchParams.delete('user');
  url.searchParams.delete('password');
  return url.toString();
}

/** The password `migrate` gives lc_app: only when the API's URL is derived, never over a login managed elsewhere. */
export const appLoginPassword = (env: DatabaseUrls | NodeJS.ProcessEnv): string | undefined =>
  env.DATABASE_APP_URL ? undefined : env.DATABASE_APP_PASSWORD || undefined;

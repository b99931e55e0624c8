import { Client } from 'pg';
import { appDatabaseUrl, appDatabaseUrlProblem, appLoginPassword } from './app-role';

const OWNER = 'postgres://owner:owner-secret@db.example:5433/lc?sslmode=verify-full';

describe(appDatabaseUrl.name, () => {
  it('takes DATABASE_APP_URL as it is', () => {
    const env = {
      DATABASE_URL: OWNER,
      DATABASE_APP_URL: 'postgres://api:x@db/lc',
      DATABASE_APP_PASSWORD: 'p'.repeat(16),
    };
    expect(appDatabaseUrl(env)).toBe('postgres://api:x@db/lc');
    expect(appDatabaseUrl({ DATABASE_APP_URL: 'postgres://api:x@db/lc' })).toBe('postgres://api:x@db/lc');
  });

  it("derives lc_app's URL from the owner's server and database, whatever the password holds", () => {
    const password = `a@b:c/d#e?f%g h'"x`;
    // As pg reads it: the client the API opens gets exactly these.
    const client = new Client({
      connectionString: appDatabaseUrl({ DATABASE_URL: OWNER, DATABASE_APP_PASSWORD: password }),
    });
    expect(client).toMatchObject({ user: 'lc_app', password, host: 'db.example', port: 5433, database: 'lc' });
  });

  it('never keeps the owner in the query string', () => {
    const url = appDatabaseUrl({
      DATABASE_URL: 'postgres://db.example/lc?user=owner&password=owner-secret',
      DATABASE_APP_PASSWORD: 'p'.repeat(16),
    });
    expect(url).not.toContain('owner');
  });

  it('names the settings that are missing', () => {
    expect(appDatabaseUrlProblem({ DATABASE_URL: OWNER })).toMatch(/DATABASE_APP_URL.*DATABASE_APP_PASSWORD/);
    expect(appDatabaseUrlProblem({ DATABASE_APP_PASSWORD: 'p'.repeat(16) })).toMatch(/DATABASE_URL/);
    expect(appDatabaseUrlProblem({ DATABASE_URL: 'postgres:///lc', DATABASE_APP_PASSWORD: 'p'.repeat(16) })).toMatch(
      /no host/,
    );
    expect(() => appDatabaseUrl({})).toThrow(/DATABASE_APP_URL/);
  });
});

describe(appLoginPassword.name, () => {
  it('sets a password only when the URL is derived', () => {
    expect(appLoginPassword({ DATABASE_APP_PASSWORD: 'p'.repeat(16) })).toBe('p'.repeat(16));
    expect(appLoginPassword({ DATABASE_APP_URL: 'postgres://api@db/lc', DATABASE_APP_PASSWORD: 'x' })).toBeUndefined();
    expect(appLoginPassword({ DATABASE_APP_PASSWORD: '' })).toBeUndefined();
  });
});

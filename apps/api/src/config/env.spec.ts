import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { settingsTable } from '@lc/api-shared';
import { loadConfig } from './env';

const required = { DATABASE_URL: 'postgres://x/y', DATABASE_APP_PASSWORD: 'p'.repeat(16), JWT_SECRET: 'a'.repeat(32) };

describe(loadConfig.name, () => {
  it('converts numbers and switches, and fills defaults', () => {
    const config = loadConfig({ ...required, DB_POOL_SIZE: '25', API_WORKERS: '2', AUTH_COOKIE_SECURE: 'false' });
    expect(config).toMatchObject({ DB_POOL_SIZE: 25, API_WORKERS: 2, DB_ACQUIRE_TIMEOUT_MS: 5000, LOG_LEVEL: 'info' });
    expect(config).toMatchObject({ AUTH_COOKIE_SECURE: false, SEED_DEMO: false, RATE_LIMIT_SIGN_IN: '30/60' });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('stops the boot naming every bad setting at once, and what is wrong with it', () => {
    const bad = () =>
      loadConfig({
        ...required,
        DB_POOL_SIZE: '0',
        LOG_LEVEL: 'loud',
        PORT: 'eighty',
        RATE_LIMIT_XAPI: '30 per minute',
        TRUST_PROXY: '*',
        SEED_DEMO: 'yes',
      });
    expect(bad).toThrow(/^Invalid environment: /);
    for (const problem of [
      /DB_POOL_SIZE: Too small: expected number to be >=1/,
      /LOG_LEVEL: Invalid option/,
      /PORT: Invalid input: expected number, received NaN/,
      /RATE_LIMIT_XAPI: must be limit\/seconds/,
      /TRUST_PROXY: "\*" is not an address/,
      /SEED_DEMO: Invalid option/,
    ])
      expect(bad).toThrow(problem);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x/y' })).toThrow(/JWT_SECRET: Invalid input/);
    expect(() => loadConfig({ ...required, JWT_SECRET: 'short' })).toThrow(/JWT_SECRET: must be at least 32/);
    expect(() => loadConfig({ ...required, PUBLIC_URL: 'ftp://x' })).toThrow(/PUBLIC_URL: must be an http\(s\)/);
  });

  it('needs a login for the API other than the owner: its own URL, or a password for lc_app', () => {
    const ownerOnly = { DATABASE_URL: required.DATABASE_URL, JWT_SECRET: required.JWT_SECRET };
    expect(() => loadConfig(ownerOnly)).toThrow(/DATABASE_APP_URL.*DATABASE_APP_PASSWORD/);
    expect(() => loadConfig({ ...ownerOnly, DATABASE_APP_PASSWORD: 'short' })).toThrow(/DATABASE_APP_PASSWORD/);
    expect(loadConfig({ JWT_SECRET: required.JWT_SECRET, DATABASE_APP_URL: 'postgres://api:x@db/y' })).toMatchObject({
      DATABASE_APP_URL: 'postgres://api:x@db/y',
    });
  });

  it('has every setting in docs/configuration.md with the schema’s type and default', () => {
    const doc = readFileSync(resolve(__dirname, '../../../../docs/configuration.md'), 'utf8');
    const rows = [...doc.matchAll(/^\| `([A-Z0-9_]+)` *\| ([^|]*?) *\| ([^|]*?) *\|/gm)].map(
      ([, name, type, fallback]) => ({
        name,
        type,
        fallback,
      }),
    );
    const table = settingsTable();
    expect(rows.map((r) => r.name).sort()).toEqual(table.map((s) => s.name).sort());
    for (const setting of table) {
      const row = rows.find((r) => r.name === setting.name);
      expect({ name: setting.name, type: row?.type }).toEqual({ name: setting.name, type: setting.type });
      if (setting.default !== undefined)
        expect({ name: setting.name, default: row?.fallback }).toEqual({
          name: setting.name,
          default: setting.default,
        });
    }
  });
});

import 'reflect-metadata';
import { getMetadataStorage } from 'class-validator';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Env, validateEnv } from './env';

const required = { DATABASE_URL: 'postgres://x/y', DATABASE_APP_PASSWORD: 'p'.repeat(16), JWT_SECRET: 'a'.repeat(32) };

describe(validateEnv.name, () => {
  it('converts numbers and fills defaults', () => {
    const env = validateEnv({ ...required, DB_POOL_SIZE: '25', API_WORKERS: '2' });
    expect(env).toMatchObject({ DB_POOL_SIZE: 25, API_WORKERS: 2, DB_ACQUIRE_TIMEOUT_MS: 5000, LOG_LEVEL: 'info' });
  });

  it('stops the boot with the name of a bad setting', () => {
    expect(() => validateEnv({ ...required, DB_POOL_SIZE: '0' })).toThrow(/DB_POOL_SIZE/);
    expect(() => validateEnv({ ...required, LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => validateEnv({ DATABASE_URL: 'postgres://x/y' })).toThrow(/JWT_SECRET/);
  });

  it('needs a login for the API other than the owner: its own URL, or a password for lc_app', () => {
    const ownerOnly = { DATABASE_URL: required.DATABASE_URL, JWT_SECRET: required.JWT_SECRET };
    expect(() => validateEnv(ownerOnly)).toThrow(/DATABASE_APP_URL.*DATABASE_APP_PASSWORD/);
    expect(() => validateEnv({ ...ownerOnly, DATABASE_APP_PASSWORD: 'short' })).toThrow(/DATABASE_APP_PASSWORD/);
    expect(validateEnv({ JWT_SECRET: required.JWT_SECRET, DATABASE_APP_URL: 'postgres://api:x@db/y' })).toMatchObject({
      DATABASE_APP_URL: 'postgres://api:x@db/y',
    });
  });

  it('has every setting documented in docs/configuration.md', () => {
    const names = new Set(
      getMetadataStorage()
        .getTargetValidationMetadatas(Env, '', true, false)
        .map((m) => m.propertyName),
    );
    const doc = readFileSync(resolve(__dirname, '../../../../docs/configuration.md'), 'utf8');
    const documented = new Set([...doc.matchAll(/^\| `([A-Z0-9_]+)` *\|/gm)].map((m) => m[1]));
    expect([...names].sort()).toEqual([...documented].sort());
  });
});

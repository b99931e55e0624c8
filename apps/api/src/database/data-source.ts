import { DataSource, DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from '@lc/api-shared';
import { loadDatabaseUrls } from '../config/env';
import { entities } from './entities';
import { migrations } from './migrations';

export interface PoolSettings {
  size: number;
  acquireTimeoutMs: number;
  statementTimeoutMs: number;
  idleInTransactionTimeoutMs: number;
}

/** What the CLI and scripts get; the served API takes its figures from the environment (see config/env.ts). */
export const DEFAULT_POOL: PoolSettings = {
  size: 10,
  acquireTimeoutMs: 5000,
  statementTimeoutMs: 15000,
  idleInTransactionTimeoutMs: 15000,
};

/**
 * The one database configuration: the app, the migration step, the seed and the tests all use it, each with its
 * own URL (migrations as the owner, the rest as lc_app: see app-role.ts).
 */
export function dataSourceOptions(url: string, pool: PoolSettings = DEFAULT_POOL): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    // The schema is the migrations' alone; the API's role may not create extensions anyway.
    installExtensions: false,
    // Guards against a future mistake that holds connections: waiting for one fails fast (503 DB_BUSY) rather
    // than queueing for ever, and PostgreSQL itself ends runaway statements and abandoned transactions.
    extra: {
      max: pool.size,
      connectionTimeoutMillis: pool.acquireTimeoutMs,
      statement_timeout: pool.statementTimeoutMs,
      idle_in_transaction_session_timeout: pool.idleInTransactionTimeoutMs,
    },
  };
}

/** For the TypeORM CLI, which migrates: the owner. */
export default new DataSource(
  dataSourceOptions(loadDatabaseUrls().DATABASE_URL ?? 'postgres://localhost/learning_citizen'),
);

import { DataSource, DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from '@lc/api-shared';
import { entities } from './entities';
import { migrations } from './migrations';

/** The one database configuration: the app, the migration step, the seed and the tests all use it. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: { max: 10 },
  };
}

export default new DataSource(
  dataSourceOptions(process.env['DATABASE_URL'] ?? 'postgres://localhost/learning_citizen'),
);

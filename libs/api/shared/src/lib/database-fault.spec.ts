import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { databaseFault } from './database-fault';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe(databaseFault.name, () => {
  it('calls a pool that had no free connection in time busy', () => {
    expect(databaseFault(new Error('timeout exceeded when trying to connect'))).toBe('busy');
  });

  it('calls a statement cancelled by statement_timeout busy, through TypeORM’s wrapper too', () => {
    const driverError = withCode('canceling statement due to statement timeout', '57014');
    expect(databaseFault(driverError)).toBe('busy');
    expect(databaseFault(new QueryFailedError('SELECT pg_sleep(99)', [], driverError))).toBe('busy');
  });

  it('calls a server that is down, restarting or gone unavailable', () => {
    expect(databaseFault(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe('unavailable');
    expect(databaseFault(withCode('terminating connection due to administrator command', '57P01'))).toBe('unavailable');
    expect(databaseFault(withCode('the database system is starting up', '57P03'))).toBe('unavailable');
    expect(databaseFault(new Error('Connection terminated unexpectedly'))).toBe('unavailable');
    expect(databaseFault(new QueryRunnerAlreadyReleasedError())).toBe('unavailable');
  });

  it('leaves request errors and everything else alone', () => {
    expect(databaseFault(withCode('duplicate key value violates unique constraint', '23505'))).toBeNull();
    expect(databaseFault(new Error('boom'))).toBeNull();
    expect(databaseFault('not an error')).toBeNull();
  });
});

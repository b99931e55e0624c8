/**
 * Classifies an error from the database driver as a fault of the database rather than of the request:
 * `busy` when no connection was free in time or a statement ran out of time, `unavailable` when the server
 * is down, restarting or dropped the connection. Both are answered with 503 so clients retry.
 */
export type DatabaseFault = 'busy' | 'unavailable';

const BUSY_MESSAGES = [/timeout exceeded when trying to connect/i];
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /Client has encountered a connection error/i,
  /Connection refused/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
];
// SQLSTATE: 57014 query_canceled (statement_timeout), 25P03 idle_in_transaction_session_timeout,
// 53300 too_many_connections; class 08 connection exceptions, 57P01–57P03 shutdown and startup.
const BUSY_CODES = new Set(['57014', '25P03', '53300']);
const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03']);
// TypeORM's own errors when the connection under a transaction went away mid-request (a restart).
const RELEASED_RUNNER = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN']);

export function databaseFault(err: unknown): DatabaseFault | null {
  if (!(err instanceof Error)) return null;
  if (RELEASED_RUNNER.has(err.name) || RELEASED_RUNNER.has(err.constructor.name)) return 'unavailable';
  const cause = (err as { driverError?: unknown }).driverError;
  const driver = cause instanceof Error ? cause : err;
  const code = (driver as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (BUSY_CODES.has(code)) return 'busy';
    if (UNAVAILABLE_CODES.has(code) || code.startsWith('08') || NETWORK_CODES.has(code)) return 'unavailable';
  }
  if (BUSY_MESSAGES.some((re) => re.test(driver.message))) return 'busy';
  if (UNAVAILABLE_MESSAGES.some((re) => re.test(driver.message))) return 'unavailable';
  return null;
}

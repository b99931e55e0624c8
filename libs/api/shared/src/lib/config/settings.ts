import { z } from 'zod';
import { RATE_PATTERN } from '../rate';
import { trustProxyProblem } from './trust-proxy';

// Environment values arrive as strings: numbers are coerced, and every default is stated here once.
const int = (min: number, max?: number) => {
  const bounded = z.coerce.number().int().min(min);
  return max === undefined ? bounded : bounded.max(max);
};
const path = () => z.string().min(1, { error: 'must not be empty' });
const secret = (minLength: number) => z.string().min(minLength, { error: `must be at least ${minLength} characters` });
/** A rate limit as `limit/seconds`, e.g. 30/60. */
const rate = (fallback: string) =>
  z.string().regex(RATE_PATTERN, { error: 'must be limit/seconds, e.g. 30/60' }).default(fallback);
/** "true" or "false", as an environment writes a switch. */
const flag = (fallback: 'true' | 'false') =>
  z
    .enum(['true', 'false'])
    .default(fallback)
    .transform((value) => value === 'true');

/**
 * Every setting of the API (docs/configuration.md says what each does, and a unit test keeps that table in step).
 * Read once at start-up by the config module of apps/api; a bad value stops the boot with its name.
 */
export const settingsSchema = z.object({
  DATABASE_URL: z.string().optional(),
  DATABASE_APP_URL: z.string().optional(),
  DATABASE_APP_PASSWORD: secret(16).optional(),
  JWT_SECRET: secret(32),
  PORT: int(1, 65535).default(3000),
  API_WORKERS: int(1, 64).default(1),
  DB_POOL_SIZE: int(1, 200).default(10),
  DB_ACQUIRE_TIMEOUT_MS: int(100).default(5000),
  DB_STATEMENT_TIMEOUT_MS: int(100).default(15000),
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: int(100).default(15000),
  SHUTDOWN_GRACE_MS: int(0).default(10000),
  AUTH_CACHE_TTL_MS: int(0).default(10000),
  // argon2's own minimums are checked where the hasher is built, against OWASP's (identity).
  ARGON2_MEMORY_KIB: int(1).default(19456),
  ARGON2_TIME_COST: int(1).default(2),
  ARGON2_PARALLELISM: int(1).default(1),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  METRICS_TOKEN: secret(16).optional(),
  TRUST_PROXY: z
    .string()
    .superRefine((value, ctx) => {
      const problem = trustProxyProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem.replace(/^TRUST_PROXY:? /, '') });
    })
    .optional(),
  RATE_LIMIT_SIGN_IN: rate('30/60'),
  RATE_LIMIT_SIGN_IN_ACCOUNT: rate('100/3600'),
  RATE_LIMIT_REGISTER: rate('10/3600'),
  RATE_LIMIT_REFRESH: rate('300/60'),
  RATE_LIMIT_PASSWORD_RESET: rate('20/3600'),
  RATE_LIMIT_RESET_CODE_ISSUE: rate('60/3600'),
  RATE_LIMIT_XAPI: rate('300/60'),
  RATE_LIMIT_H5P_UPLOAD: rate('20/3600'),
  RATE_LIMIT_H5P_EDITOR: rate('240/3600'),
  RATE_LIMIT_H5P_STATE: rate('120/60'),
  RATE_LIMIT_CERTIFICATE: rate('60/60'),
  RATE_LIMIT_ITEM_REPORT: rate('30/3600'),
  SIGN_IN_FREE_FAILURES: int(1).default(3),
  SIGN_IN_LOCK_AFTER: int(1).default(8),
  SIGN_IN_LOCK_SECONDS: int(1).default(900),
  PASSWORD_RESET_CODE_TTL_MINUTES: int(5, 1440).default(30),
  ACCESS_TOKEN_TTL_SECONDS: int(1).default(900),
  /** Open notice streams per person and process; one more ends that person's oldest (docs/adr/0032). */
  NOTICE_STREAMS_PER_PERSON: int(1, 20).default(4),
  /** Open notice streams per API process; beyond it a stream is refused (503) and the web polls instead. */
  NOTICE_STREAMS_PER_PROCESS: int(1, 100000).default(5000),
  /** Seconds between a notice stream's heartbeats; the web reconnects after two missed ones. */
  NOTICE_STREAM_HEARTBEAT_SECONDS: int(1, 120).default(25),
  REFRESH_TOKEN_TTL_DAYS: int(1).default(30),
  AUTH_COOKIE_SECURE: flag('true'),
  STORAGE_DIR: path().default('.data/storage'),
  H5P_LIBRARIES_DIR: path().default('content/h5p-libraries'),
  H5P_STATE_MAX_KB: int(1, 1024).default(64),
  H5P_MAX_UPLOAD_MB: int(1).default(50),
  H5P_MAX_UNPACKED_MB: int(1).default(200),
  H5P_MAX_FILE_MB: int(1).default(50),
  H5P_MAX_FILES: int(1).default(2000),
  H5P_TRAINER_QUOTA_MB: int(1).default(1024),
  TITLE_VALIDITY_EXTRA_YEARS: int(0).default(1),
  EVIDENCE_SIGNING_KEY: z.string().optional(),
  EVIDENCE_SIGNING_KEY_FILE: z.string().optional(),
  CREDENTIAL_SIGNING_KEY: z.string().optional(),
  CREDENTIAL_SIGNING_KEY_FILE: z.string().optional(),
  EVIDENCE_CHECKPOINT_MINUTES: int(0, 1440).default(15),
  SEED_DEMO: flag('false'),
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).optional(),
  WEB_DIST_DIR: path().default('dist/apps/web/browser'),
  WEB_SSR: flag('true'),
  WEB_SSR_TIMEOUT_MS: int(100, 60000).default(3000),
  WEB_SSR_CACHE_SECONDS: int(0, 300).default(5),
});

export type Settings = z.output<typeof settingsSchema>;

/** "DB_POOL_SIZE: Too small: expected number to be >=1; …": every problem at once, each under its setting. */
export function settingsProblems(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`);
}

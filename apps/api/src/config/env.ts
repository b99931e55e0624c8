/* eslint-disable @typescript-eslint/no-inferrable-types -- the declared types become decorator metadata, which class-transformer needs to convert env strings */
import { plainToInstance } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateBy,
  validateSync,
} from 'class-validator';
import { RATE_PATTERN } from '@lc/api-shared';
import { appDatabaseUrlProblem } from '../database/app-role';
import { trustProxyProblem } from './trust-proxy';

/** A rate limit as `limit/seconds`, e.g. 30/60. */
const isRate = () => Matches(RATE_PATTERN, { message: '$property must be limit/seconds, e.g. 30/60' });

/** The only description of the API's environment; a bad value stops the boot with its name. */
export class Env {
  /** The tables' owner: `main.js migrate` connects with it. The API serves as lc_app (see database/app-role.ts). */
  @IsOptional()
  @IsString()
  DATABASE_URL?: string;

  /** The API's own login (a member of lc_app); if unset, DATABASE_URL's server as lc_app with DATABASE_APP_PASSWORD. */
  @IsOptional()
  @IsString()
  DATABASE_APP_URL?: string;

  /** lc_app's password, set by `main.js migrate` when DATABASE_APP_URL is unset. */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'DATABASE_APP_PASSWORD must be at least 16 characters' })
  DATABASE_APP_PASSWORD?: string;

  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET!: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT: number = 3000;

  /** API processes sharing the port (Node's cluster module); each has its own pool of DB_POOL_SIZE. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(64)
  API_WORKERS: number = 1;

  /** Connections per API process; with several processes, keep their sum below PostgreSQL's max_connections. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  DB_POOL_SIZE: number = 10;

  /** How long a request waits for a free connection before it fails with 503 DB_BUSY instead of queueing for ever. */
  @IsOptional()
  @IsInt()
  @Min(100)
  DB_ACQUIRE_TIMEOUT_MS: number = 5000;

  /** Set on every connection: a query that runs longer is cancelled by PostgreSQL. */
  @IsOptional()
  @IsInt()
  @Min(100)
  DB_STATEMENT_TIMEOUT_MS: number = 15000;

  /** Set on every connection: a transaction left idle this long is ended by PostgreSQL, freeing its locks. */
  @IsOptional()
  @IsInt()
  @Min(100)
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: number = 15000;

  /** On SIGTERM, how long in-flight requests may take to finish before their connections are cut. */
  @IsOptional()
  @IsInt()
  @Min(0)
  SHUTDOWN_GRACE_MS: number = 10000;

  /** How long a person's grants and session version are reused; changes invalidate them at once. 0: off. */
  @IsOptional()
  @IsInt()
  @Min(0)
  AUTH_CACHE_TTL_MS: number = 10000;

  /** argon2id cost; start-up refuses settings below OWASP's minimum. Older hashes are upgraded at sign-in. */
  @IsOptional()
  @IsInt()
  ARGON2_MEMORY_KIB: number = 19456;

  @IsOptional()
  @IsInt()
  ARGON2_TIME_COST: number = 2;

  @IsOptional()
  @IsInt()
  ARGON2_PARALLELISM: number = 1;

  /** pino's level for the JSON logs: fatal, error, warn, info, debug, trace or silent. */
  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  /** If set, GET /api/metrics needs `Authorization: Bearer <METRICS_TOKEN>`; if not, only loopback may scrape. */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;

  /**
   * The proxies whose X-Forwarded-For is believed: their addresses or subnets (or `loopback`, …), or a number of
   * hops. Unset: none, and every limit counts the connection's own address.
   */
  @IsOptional()
  @ValidateBy({
    name: 'trustProxy',
    validator: {
      validate: (value) => typeof value === 'string' && trustProxyProblem(value) === null,
      defaultMessage: (args) => trustProxyProblem(String(args?.value)) ?? 'TRUST_PROXY is invalid',
    },
  })
  TRUST_PROXY?: string;

  /** Rate limits per client address, as limit/seconds; over one, a client is refused for a window (docs/adr/0007). */
  @IsOptional()
  @isRate()
  RATE_LIMIT_SIGN_IN: string = '30/60';

  /** Failed sign-ins of one login from all clients together before it is refused to everyone for the window. */
  @IsOptional()
  @isRate()
  RATE_LIMIT_SIGN_IN_ACCOUNT: string = '100/3600';

  @IsOptional()
  @isRate()
  RATE_LIMIT_REGISTER: string = '10/3600';

  /** Every page load of a signed-in person refreshes (the access token lives in memory, docs/adr/0010). */
  @IsOptional()
  @isRate()
  RATE_LIMIT_REFRESH: string = '300/60';

  /** Password resets (an officer's code or one's own recovery code) per client address (docs/adr/0017). */
  @IsOptional()
  @isRate()
  RATE_LIMIT_PASSWORD_RESET: string = '20/3600';

  /** Reset codes one officer may issue. */
  @IsOptional()
  @isRate()
  RATE_LIMIT_RESET_CODE_ISSUE: string = '60/3600';

  @IsOptional()
  @isRate()
  RATE_LIMIT_XAPI: string = '300/60';

  @IsOptional()
  @isRate()
  RATE_LIMIT_H5P_UPLOAD: string = '20/3600';

  /** Saves and previews in the H5P editor per trainer: each packs and checks a package, as an upload does. */
  @IsOptional()
  @isRate()
  RATE_LIMIT_H5P_EDITOR: string = '240/3600';

  /** Saves of a learner's H5P state per person (the player saves every 15 s while open, and on leaving). */
  @IsOptional()
  @isRate()
  RATE_LIMIT_H5P_STATE: string = '120/60';

  @IsOptional()
  @isRate()
  RATE_LIMIT_CERTIFICATE: string = '60/60';

  /** "Báo lỗi câu hỏi" reports per citizen: a few per test is honest use; more floods the reviewers' queue. */
  @IsOptional()
  @isRate()
  RATE_LIMIT_ITEM_REPORT: string = '30/3600';

  /** Failed sign-ins of one login from one client before each further try must wait (2 s, doubling). */
  @IsOptional()
  @IsInt()
  @Min(1)
  SIGN_IN_FREE_FAILURES: number = 3;

  /** … and after which that client is locked out of that login for SIGN_IN_LOCK_SECONDS (again at each failure). */
  @IsOptional()
  @IsInt()
  @Min(1)
  SIGN_IN_LOCK_AFTER: number = 8;

  @IsOptional()
  @IsInt()
  @Min(1)
  SIGN_IN_LOCK_SECONDS: number = 900;

  /** How long an officer's one-time reset code works (docs/adr/0017). */
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(1440)
  PASSWORD_RESET_CODE_TTL_MINUTES: number = 30;

  @IsOptional()
  @IsInt()
  ACCESS_TOKEN_TTL_SECONDS: number = 900;

  /** Open notice streams per person and process; one more ends that person's oldest (docs/adr/0032). */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  NOTICE_STREAMS_PER_PERSON: number = 4;

  /** Open notice streams per API process; beyond it a stream is refused (503) and the web polls instead. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  NOTICE_STREAMS_PER_PROCESS: number = 5000;

  /** Seconds between a notice stream's heartbeats; the web reconnects after two missed ones. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  NOTICE_STREAM_HEARTBEAT_SECONDS: number = 25;

  @IsOptional()
  @IsInt()
  REFRESH_TOKEN_TTL_DAYS: number = 30;

  /**
   * "false" drops `Secure` from the refresh cookie, for a plain-HTTP address other than localhost (browsers refuse
   * Secure cookies there, and nobody stays signed in); anywhere else, keep it on.
   */
  @IsOptional()
  @IsIn(['true', 'false'])
  AUTH_COOKIE_SECURE: string = 'true';

  /** Where uploaded H5P packages are unpacked. */
  @IsOptional()
  @IsString()
  STORAGE_DIR: string = '.data/storage';

  /** The platform's own H5P content types, installed from here into STORAGE_DIR at every start (docs/adr/0016). */
  @IsOptional()
  @IsString()
  H5P_LIBRARIES_DIR: string = 'content/h5p-libraries';

  /** The most one learner's saved state of one H5P material may take, in KiB. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1024)
  H5P_STATE_MAX_KB: number = 64;

  @IsOptional()
  @IsInt()
  H5P_MAX_UPLOAD_MB: number = 50;

  /** Bounds on the work one upload may cost (docs/adr/0012): all unpacked, per file, and the number of entries. */
  @IsOptional()
  @IsInt()
  @Min(1)
  H5P_MAX_UNPACKED_MB: number = 200;

  @IsOptional()
  @IsInt()
  @Min(1)
  H5P_MAX_FILE_MB: number = 50;

  @IsOptional()
  @IsInt()
  @Min(1)
  H5P_MAX_FILES: number = 2000;

  /** Disk that one trainer's uploaded packages may take, unpacked; a package another upload already stored is free. */
  @IsOptional()
  @IsInt()
  @Min(1)
  H5P_TRAINER_QUOTA_MB: number = 1024;

  /** A title is valid until the end of the year it was awarded for plus this many years (PRODUCT.md §7). */
  @IsOptional()
  @IsInt()
  TITLE_VALIDITY_EXTRA_YEARS: number = 1;

  /** The Ed25519 key (PKCS#8 PEM) that signs evidence checkpoints (docs/adr/0013); or EVIDENCE_SIGNING_KEY_FILE. */
  @IsOptional()
  @IsString()
  EVIDENCE_SIGNING_KEY?: string;

  /** A file holding that key; with neither set, one is generated in STORAGE_DIR/evidence on first start. */
  @IsOptional()
  @IsString()
  EVIDENCE_SIGNING_KEY_FILE?: string;

  /** The Ed25519 key (PKCS#8 PEM) that signs certificates as Open Badges credentials; or CREDENTIAL_SIGNING_KEY_FILE. */
  @IsOptional()
  @IsString()
  CREDENTIAL_SIGNING_KEY?: string;

  /** A file holding that key; with neither set, one is generated in STORAGE_DIR/credentials on first start. */
  @IsOptional()
  @IsString()
  CREDENTIAL_SIGNING_KEY_FILE?: string;

  /** Minutes between signed checkpoints of every chain head; 0: only on demand. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1440)
  EVIDENCE_CHECKPOINT_MINUTES: number = 15;

  /** "true" to add demo accounts and data to an empty database; `npm start` sets it only for its embedded database. */
  @IsOptional()
  @IsString()
  SEED_DEMO?: string;

  /** The address printed on certificates and in QR codes. */
  @IsOptional()
  @IsString()
  PUBLIC_URL?: string;

  @IsOptional()
  @IsString()
  WEB_DIST_DIR: string = 'dist/apps/web/browser';
}

export function validateEnv(raw: Record<string, unknown>): Env {
  const env = plainToInstance(Env, raw, { enableImplicitConversion: true });
  const problems = validateSync(env, { skipMissingProperties: false }).map(
    (e) => `${e.property} (${Object.values(e.constraints ?? {}).join(', ')})`,
  );
  const database = appDatabaseUrlProblem(env);
  if (database) problems.push(`DATABASE_APP_URL (${database})`);
  if (problems.length) throw new Error('Invalid environment: ' + problems.join('; '));
  return env;
}

import { AppConfig, Settings, settingsProblems, settingsSchema } from '@lc/api-shared';
import { appDatabaseUrlProblem, DatabaseUrls } from '../database/app-role';

/**
 * The one place of apps/api that reads the process environment (lint refuses `process.env` elsewhere): the rest
 * gets an `AppConfig` injected, or takes what it needs from these functions.
 */
type RawEnvironment = Readonly<Record<string, unknown>>;
const environment = (): RawEnvironment => process.env;

/** The schema plus the rule across settings: the API needs a login of its own, not the owner's. */
const configSchema = settingsSchema.superRefine((settings, ctx) => {
  const problem = appDatabaseUrlProblem(settings);
  if (problem) ctx.addIssue({ code: 'custom', path: ['DATABASE_APP_URL'], message: problem });
});

/** Every setting, checked and typed; a bad one stops the boot, naming each setting that is wrong and why. */
export function loadConfig(raw: RawEnvironment = environment()): AppConfig {
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) throw new Error('Invalid environment: ' + settingsProblems(parsed.error).join('; '));
  return Object.freeze(parsed.data) satisfies Settings as AppConfig;
}

/** `main.js migrate` and the TypeORM CLI need only the database's logins, not the API's secrets. */
export function loadDatabaseUrls(raw: RawEnvironment = environment()): DatabaseUrls {
  const parsed = settingsSchema.pick({ DATABASE_URL: true, DATABASE_APP_URL: true, DATABASE_APP_PASSWORD: true });
  const result = parsed.safeParse(raw);
  if (!result.success) throw new Error('Invalid environment: ' + settingsProblems(result.error).join('; '));
  return result.data;
}

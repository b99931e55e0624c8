// The harness's environment: the app's config module reads it when each test app is built.
process.env['JWT_SECRET'] ??= 'integration-tests-secret-that-is-long-enough';
// Beside the run's database folder, which tools/testing/int-global-setup.mjs empties with it.
process.env['STORAGE_DIR'] ??= `${process.env['PG_INT_DATA_DIR'] ?? '.data/pg-int'}-storage`;
process.env['LOG_LEVEL'] ??= 'warn';
// The API's own login (lc_app, see database/app-role.ts); createTestApp migrates as the owner and sets it.
if (!process.env['DATABASE_APP_URL']) process.env['DATABASE_APP_PASSWORD'] ??= 'integration-tests-app-password';
// Every suite signs many people in, and sends many requests, from one address (loopback): the limits are lifted
// here, and rate-limits.int-spec.ts sets small ones for its own apps.
for (const name of [
  'RATE_LIMIT_SIGN_IN',
  'RATE_LIMIT_SIGN_IN_ACCOUNT',
  'RATE_LIMIT_REGISTER',
  'RATE_LIMIT_REFRESH',
  'RATE_LIMIT_PASSWORD_RESET',
  'RATE_LIMIT_RESET_CODE_ISSUE',
  'RATE_LIMIT_XAPI',
  'RATE_LIMIT_H5P_UPLOAD',
  'RATE_LIMIT_H5P_EDITOR',
  'RATE_LIMIT_H5P_STATE',
  'RATE_LIMIT_CERTIFICATE',
])
  process.env[name] ??= '1000000/60';

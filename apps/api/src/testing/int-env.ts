// Runs before the app module is imported: ConfigModule validates the environment at import time.
process.env['JWT_SECRET'] ??= 'integration-tests-secret-that-is-long-enough';
process.env['STORAGE_DIR'] ??= '.data/storage-int';
process.env['LOG_LEVEL'] ??= 'warn';

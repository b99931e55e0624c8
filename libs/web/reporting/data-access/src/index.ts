export * from './lib/reporting-api';
export * from './lib/area-access';
export * from './lib/dashboard-store';
export * from './lib/import-file';
export * from './lib/imports-store';

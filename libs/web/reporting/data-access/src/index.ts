export * from './lib/reporting-api';
export * from './lib/area-access';
export * from './lib/dashboard-store';

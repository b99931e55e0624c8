export * from './lib/attempts-api';
export * from './lib/attempt-store';

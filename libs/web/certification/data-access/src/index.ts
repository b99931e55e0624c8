export * from './lib/applications-api';
export * from './lib/certificates-api';
export * from './lib/my-application-store';
export * from './lib/application-review-store';
export * from './lib/officer-queue-store';
export * from './lib/my-certificates-store';
export * from './lib/decisions-api';
export * from './lib/decisions-store';

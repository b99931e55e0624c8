export * from './lib/session-store';
export * from './lib/auth-interceptor';
export * from './lib/auth-guards';
export * from './lib/api-error-message';
export * from './lib/language-store';
export * from './lib/translations';
export * from './lib/i18n';
export * from './lib/xapi-outbox';

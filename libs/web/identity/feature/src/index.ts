export * from './lib/identity.routes';
export * from './lib/i18n';

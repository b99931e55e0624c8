export * from './lib/catalog.routes';
export * from './lib/i18n';

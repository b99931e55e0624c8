export * from './lib/assessment.routes';
export * from './lib/i18n';

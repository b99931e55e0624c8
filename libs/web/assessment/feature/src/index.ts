export * from './lib/assessment.routes';
export * from './lib/i18n';
export * from './lib/skills-i18n';
export * from './lib/item-bank-i18n';

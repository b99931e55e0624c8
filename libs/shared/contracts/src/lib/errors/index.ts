export * from './error-text';
export * from './error-catalogue';

export * from './lib/page-heading/page-heading';
export * from './lib/error-banner/error-banner';
export * from './lib/loading-indicator/loading-indicator';
export * from './lib/not-found-page/not-found-page';
export * from './lib/error-summary/error-summary';
export * from './lib/unsaved-changes/unsaved-work';
export * from './lib/save-blob';

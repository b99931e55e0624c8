export * from './lib/page-heading/page-heading';
export * from './lib/error-banner/error-banner';
export * from './lib/loading-indicator/loading-indicator';
export * from './lib/confirm-dialog/confirm-dialog';
export * from './lib/not-found-page/not-found-page';
export * from './lib/save-blob/save-blob';

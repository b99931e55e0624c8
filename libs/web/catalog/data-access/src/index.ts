export * from './lib/courses-api';
export * from './lib/catalog-store';
export * from './lib/trainer-store';
export * from './lib/review-store';
export * from './lib/h5p-libraries-api';
export * from './lib/library-admin-store';
export * from './lib/editor-api';
export * from './lib/test-preview-store';

export * from './lib/my-learning-api';
export * from './lib/my-learning-store';
export * from './lib/application-timeline';
export * from './lib/past-results';
export * from './lib/notices-api';
export * from './lib/notice-store';
export * from './lib/notice-stream';
export * from './lib/notice-texts';

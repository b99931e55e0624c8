export * from './lib/framework.schema';
export * from './lib/item.schema';
export * from './lib/validate-items';
export * from './lib/validate-framework';
export * from './lib/course.schema';
export * from './lib/validate-course';

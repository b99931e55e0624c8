export * from './lib/citizen-id';
export * from './lib/person-search';

export * from './lib/citizen-id';
export * from './lib/full-name';
export * from './lib/person-search';
export * from './lib/birth-year';

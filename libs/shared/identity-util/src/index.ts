export * from './lib/citizen-id';

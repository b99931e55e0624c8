export * from './lib/common';
export * from './lib/identity';
export * from './lib/areas';
export * from './lib/catalog';
export * from './lib/assessment';
export * from './lib/records';
export * from './lib/certification';
export * from './lib/reporting';

export * from './lib/pass-rule';
export * from './lib/score-ranges';
export * from './lib/evidence';

export * from './lib/attempts-api';
export * from './lib/attempt-store';
export * from './lib/skills-assessment-api';
export * from './lib/skills-attempt-store';
export * from './lib/skills-overview-store';
export * from './lib/assessment-preferences';
export * from './lib/item-bank-api';
export * from './lib/calibration-api';

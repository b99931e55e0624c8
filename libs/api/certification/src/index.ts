export * from './lib/certification.module';
export * from './lib/applications.service';
export * from './lib/review.service';
export * from './lib/decisions.service';
export * from './lib/criteria-set.entity';
export * from './lib/application.entity';
export * from './lib/certification-rules';

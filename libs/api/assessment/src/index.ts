export * from './lib/assessment.module';
export * from './lib/tests.service';
export * from './lib/test-item.entity';
export * from './lib/test.entity';
export * from './lib/test-attempt.entity';
export * from './lib/trainer-items';

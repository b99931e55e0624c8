export * from './lib/records.module';
export * from './lib/records.service';
export * from './lib/learning-record.entity';
export * from './lib/record.mapper';

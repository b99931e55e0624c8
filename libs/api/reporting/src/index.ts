export * from './lib/reporting.module';
export * from './lib/kpi-rule.entity';

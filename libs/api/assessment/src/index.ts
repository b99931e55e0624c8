export * from './lib/assessment.module';
export * from './lib/tests.service';
export * from './lib/test-item.entity';
export * from './lib/test.entity';
export * from './lib/test-attempt.entity';
export * from './lib/trainer-items';
export * from './lib/skills/assessment-rule-set.entity';
export * from './lib/skills/skills-attempt.entity';
export * from './lib/skills/skills-response.entity';
export { seedAssessmentRuleSets } from './lib/skills/rule-sets';
export { recalibrate } from './lib/skills/calibration/recalibrate';
/** Sound proposals of every type, for the API's HTTP tests. */
export { sampleProposal, PNG_1X1 } from './lib/bank/proposal-samples';

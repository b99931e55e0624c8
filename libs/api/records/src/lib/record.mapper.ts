import type { LearningRecord } from '@lc/shared-contracts';
import { LearningRecordEntity } from './learning-record.entity';

export const toLearningRecord = (r: LearningRecordEntity): LearningRecord => ({
  id: r.id,
  verb: r.verb,
  objectType: r.objectType,
  objectId: r.objectId,
  objectName: r.objectName,
  trust: r.trust,
  score: r.score,
  maxScore: r.maxScore,
  success: r.success,
  completion: r.completion,
  domainLevels: r.domainLevels,
  occurredAt: r.occurredAt.toISOString(),
  hash: r.hash,
  attemptId: typeof r.context['attemptId'] === 'string' ? r.context['attemptId'] : null,
});

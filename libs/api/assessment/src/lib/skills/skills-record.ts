import { DIGITAL_SKILLS_ASSESSMENT, EvidenceUse, SkillsResult } from '@lc/shared-contracts';
import type { NewRecord } from '@lc/api-records';
import { levelsOf } from './skills-result';

export const SKILLS_ASSESSMENT_NAME = { vi: 'Đánh giá năng lực số', en: 'Digital-skills assessment' };

const DIGITAL_SKILLS: EvidenceUse = 'digital_skills';

/**
 * The learning record a result becomes: its own object type, so that reporting and certification can count it, and
 * only it, as digital-skills evidence. Verb `assessed`, not `completed`: sitting an assessment is not learning
 * completed. The probabilities and standard errors go with it for K3/K4 estimates (docs/assessment.md §3).
 */
export function skillsRecord(personId: string, attemptId: string, result: SkillsResult): NewRecord {
  const levels = levelsOf(result);
  return {
    personId,
    verb: 'assessed',
    objectType: DIGITAL_SKILLS_ASSESSMENT,
    objectId: attemptId,
    objectName: SKILLS_ASSESSMENT_NAME,
    trust: 'verified',
    completion: result.endReason === 'done',
    domainLevels: Object.keys(levels).length ? levels : null,
    context: {
      evidence: DIGITAL_SKILLS,
      attemptId,
      endReason: result.endReason,
      versions: result.versions,
      standardErrors: Object.fromEntries(result.domains.map((d) => [d.code, d.standardError])),
      levelProbabilities: Object.fromEntries(
        result.domains.filter((d) => d.level !== null).map((d) => [d.code, d.levelProbabilities]),
      ),
    },
    occurredAt: new Date(result.finishedAt),
  };
}

import { DIGITAL_SKILLS_ASSESSMENT, SkillsResult } from '@lc/shared-contracts';
import { skillsRecord } from './skills-record';

const result: SkillsResult = {
  finishedAt: '2026-12-10T08:30:00.000Z',
  endReason: 'done',
  domains: [
    { code: '1', level: 3, standardError: 0.61, levelProbabilities: [0, 0.2, 0.7, 0.1, 0, 0, 0, 0] },
    { code: '3', level: null, standardError: 1, levelProbabilities: [0.3, 0.4, 0.2, 0.1, 0, 0, 0, 0] },
  ].map((d) => ({
    ...d,
    name: { vi: d.code },
    band: null,
    meaning: null,
    items: 5,
    competences: [],
    suggestedCourses: [],
  })),
  versions: { engine: 'e', calibration: 'c', cutScores: 'k', policy: 'p' },
  recordId: '',
};

describe(skillsRecord.name, () => {
  it('is a verified record of its own kind, marked as digital-skills evidence, with the levels it reached', () => {
    const record = skillsRecord('person', 'attempt', result);
    expect(record).toMatchObject({
      personId: 'person',
      verb: 'assessed',
      objectType: DIGITAL_SKILLS_ASSESSMENT,
      objectId: 'attempt',
      trust: 'verified',
      completion: true,
      domainLevels: { '1': 3 },
      occurredAt: new Date('2026-12-10T08:30:00.000Z'),
    });
    expect(record.context).toMatchObject({
      evidence: 'digital_skills',
      attemptId: 'attempt',
      versions: result.versions,
      standardErrors: { '1': 0.61, '3': 1 },
      levelProbabilities: { '1': result.domains[0].levelProbabilities },
    });
  });

  it('stores no levels when no domain was finished', () => {
    const none = { ...result, endReason: 'expired' as const, domains: [result.domains[1]] };
    expect(skillsRecord('p', 'a', none)).toMatchObject({ domainLevels: null, completion: false });
  });
});

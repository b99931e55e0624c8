import { LearningRecord } from '@lc/shared-contracts';
import { pastResults } from './past-results';

const record = (r: Partial<LearningRecord>): LearningRecord => ({
  id: 'r',
  verb: 'passed',
  objectType: 'test',
  objectId: 't',
  objectName: { vi: 'Bài kiểm tra' },
  trust: 'verified',
  score: 4,
  maxScore: 5,
  success: true,
  completion: true,
  domainLevels: null,
  occurredAt: '2026-01-01T00:00:00Z',
  hash: 'h',
  attemptId: 'a1',
  ...r,
});

describe('pastResults', () => {
  it('links course tests and skills assessments to their result pages, newest first', () => {
    const results = pastResults([
      record({ id: 'r1' }),
      record({
        id: 'r2',
        objectType: 'digital_skills_assessment',
        attemptId: 'a2',
        occurredAt: '2026-02-01T00:00:00Z',
      }),
    ]);
    expect(results.map((r) => r.link)).toEqual([
      ['/skills-assessment', 'results', 'a2'],
      ['/attempts', 'a1'],
    ]);
  });

  it('leaves out lesson reports and records without an attempt', () => {
    const results = pastResults([
      record({ id: 'r1', objectType: 'h5p_material', trust: 'reported', attemptId: null }),
      record({ id: 'r2', attemptId: null }),
      record({ id: 'r3', trust: 'reported' }),
    ]);
    expect(results).toEqual([]);
  });
});

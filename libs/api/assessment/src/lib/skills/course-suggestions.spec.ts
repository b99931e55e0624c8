import type { SkillsDomainResult, SkillsResult } from '@lc/shared-contracts';
import { competencesToCover, weakDomains, withSuggestedCourses } from './course-suggestions';
import { testFramework } from './testing-bank';

const domain = (code: string, level: number | null, weaker: string[] = []): SkillsDomainResult => ({
  code,
  name: { vi: code },
  level,
  standardError: 0.6,
  band: null,
  meaning: null,
  levelProbabilities: [],
  items: 5,
  competences: weaker.map((c) => ({ code: c, name: { vi: c }, items: 2, strength: 'weaker' as const })),
  suggestedCourses: [],
});
const result = (...domains: SkillsDomainResult[]): SkillsResult => ({
  finishedAt: '2026-12-10T08:00:00.000Z',
  endReason: 'done',
  domains,
  versions: { engine: 'e', calibration: 'c', cutScores: 'k', policy: 'p' },
  recordId: 'r',
});
const policy = { belowLevel: 3, perDomain: 2 };
const course = (id: string, level: number, ...competences: string[]) => ({ id, title: { vi: id }, level, competences });

describe(withSuggestedCourses.name, () => {
  it('suggests courses for domains below the target level only, up to the policy’s number', () => {
    const r = result(domain('1', 2), domain('2', 3), domain('4', null));
    expect(weakDomains(r, policy)).toEqual(['1']);
    const courses = [course('c1', 1, '1.1'), course('c2', 3, '2.1'), course('c3', 2, '1.2'), course('c4', 4, '1.3')];
    const out = withSuggestedCourses(r, courses, policy);
    expect(out.domains[0].suggestedCourses.map((c) => c.id)).toEqual(['c3', 'c4']);
    expect(out.domains[1].suggestedCourses).toEqual([]);
    expect(out.domains[2].suggestedCourses).toEqual([]);
  });

  it('puts first the courses teaching a competence the citizen was weaker in', () => {
    const r = result(domain('4', 1, ['4.2']));
    const courses = [course('near', 2, '4.1'), course('weak', 4, '4.2')];
    expect(withSuggestedCourses(r, courses, policy).domains[0].suggestedCourses.map((c) => c.id)).toEqual([
      'weak',
      'near',
    ]);
  });

  it('asks the catalog for the competences of weak domains only', () => {
    const codes = competencesToCover(result(domain('1', 1), domain('2', 5)), testFramework(), policy);
    expect(codes).toEqual(['1.1', '1.2', '1.3']);
  });
});

import type { CompetenceFramework, CourseSuggestion, SkillsResult } from '@lc/shared-contracts';
import type { AssessmentPolicy } from './assessment-policy';

/** Domains below the policy's target level: the ones courses are suggested for. */
export const weakDomains = (result: SkillsResult, policy: AssessmentPolicy['suggestions']): string[] =>
  result.domains.filter((d) => d.level !== null && d.level < policy.belowLevel).map((d) => d.code);

/** The competence codes whose courses a result needs, to ask the catalog once. */
export function competencesToCover(
  result: SkillsResult,
  framework: CompetenceFramework,
  policy: AssessmentPolicy['suggestions'],
): string[] {
  const weak = new Set(weakDomains(result, policy));
  return framework.domains.filter((d) => weak.has(d.code)).flatMap((d) => d.competences.map((c) => c.code));
}

/**
 * Published courses per weak domain: first those teaching a competence the citizen was weaker in, then those
 * whose level is nearest the next level up. Suggestions are worked out when the result is read, so that courses
 * published after the attempt are suggested too.
 */
export function withSuggestedCourses(
  result: SkillsResult,
  courses: readonly CourseSuggestion[],
  policy: AssessmentPolicy['suggestions'],
): SkillsResult {
  const weak = new Set(weakDomains(result, policy));
  return {
    ...result,
    domains: result.domains.map((d) => {
      if (!weak.has(d.code) || d.level === null) return { ...d, suggestedCourses: [] };
      const target = d.level + 1;
      const weaker = new Set(d.competences.filter((c) => c.strength === 'weaker').map((c) => c.code));
      const inDomain = (code: string) => code.split('.')[0] === d.code;
      const rank = (c: CourseSuggestion) => [
        c.competences.some((code) => weaker.has(code)) ? 0 : 1,
        Math.abs(c.level - target),
      ];
      const picked = courses
        .filter((c) => c.competences.some(inDomain))
        .map((c, order) => ({ c, order, rank: rank(c) }))
        .sort((x, y) => x.rank[0] - y.rank[0] || x.rank[1] - y.rank[1] || x.order - y.order)
        .slice(0, policy.perDomain)
        .map(({ c }) => ({ id: c.id, title: c.title }));
      return { ...d, suggestedCourses: picked };
    }),
  };
}

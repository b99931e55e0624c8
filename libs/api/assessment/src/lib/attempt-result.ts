import type { AttemptResult, CourseSuggestion, ItemResponse, LocalisedText } from '@lc/shared-contracts';
import { competenceLevels, domainLevels, explainLevel } from './competence-levels';
import { isCorrect } from './grading';
import { passes } from './retake-rules';
import type { TestItemEntity } from './test-item.entity';

/** What grading needs besides the attempt, read before the submission's transaction opens. */
export interface GradingContext {
  competenceNames: Map<string, LocalisedText>;
  /** Published courses over the attempt's competences, easiest first. */
  courses: CourseSuggestion[];
}

export type GradableItem = Pick<TestItemEntity, 'id' | 'type' | 'answer' | 'competence' | 'level' | 'explanation'>;

const SUGGESTED_COURSES = 5;

/** The courses that teach any competence below the level it was tested at, easiest first. */
export function suggestCourses(
  courses: CourseSuggestion[],
  weakCodes: string[],
): { id: string; title: LocalisedText }[] {
  const weak = new Set(weakCodes);
  return courses
    .filter((c) => c.competences.some((code) => weak.has(code)))
    .slice(0, SUGGESTED_COURSES)
    .map((c) => ({ id: c.id, title: c.title }));
}

/** Grades an attempt: a pure function of the items, the answers and the context, so it runs inside a transaction. */
export function gradeAttempt(
  itemIds: string[],
  answers: Record<string, ItemResponse>,
  items: GradableItem[],
  passPercent: number,
  context: GradingContext,
): Omit<AttemptResult, 'recordId'> & { passed: boolean } {
  const byId = new Map(items.map((i) => [i.id, i]));
  const graded = itemIds.map((id) => {
    const item = byId.get(id)!;
    return { item, correct: isCorrect(item, answers[id]) };
  });
  const levels = competenceLevels(
    graded.map((g) => ({ competence: g.item.competence, level: g.item.level, correct: g.correct })),
  );
  const score = graded.filter((g) => g.correct).length;
  const testedAt = (code: string) =>
    Math.max(...graded.filter((g) => g.item.competence === code).map((g) => g.item.level));
  const weak = levels.filter((l) => l.level < testedAt(l.code)).map((l) => l.code);
  return {
    score,
    maxScore: graded.length,
    passed: passes(score, graded.length, passPercent),
    competences: levels.map((l) => {
      const name = context.competenceNames.get(l.code) ?? { vi: l.code };
      return { ...l, name, domainCode: l.code.split('.')[0], explanation: explainLevel(l, name) };
    }),
    domains: domainLevels(levels),
    items: graded.map((g) => ({ itemId: g.item.id, correct: g.correct, explanation: g.item.explanation })),
    suggestedCourses: suggestCourses(context.courses, weak),
  };
}

import { resolve } from 'node:path';
import { loadCourses } from '../../../libs/api/content/src';
// Today's draw and scoring, taken from the assessment library's own files so the comparison is with the real rules.
import { drawFromBlueprint } from '../../../libs/api/assessment/src/lib/blueprint-draw';
import { competenceLevels, domainLevels } from '../../../libs/api/assessment/src/lib/competence-levels';
import { ROOT, SimItem } from './banks';
import {
  createRng,
  CutScores,
  domainOf,
  eap,
  gridPoints,
  ItemParameters,
  levelOf,
  normalLogWeights,
  probability,
} from './engine';
import type { DomainOutcome } from './outcomes';
import type { Population } from './populations';

export interface FixedFormRun {
  /** Levels by today's rule (competence levels, then the weakest competence of the domain). */
  today: DomainOutcome[];
  /** The same answers scored by EAP and the cut scores, to separate the form from the rule. */
  eap: DomainOutcome[];
  courses: { slug: string; takers: number; maxExposure: number; domains: string[] }[];
}

/**
 * Each person takes one course's test (the courses in turn): a fresh 6-item draw from its blueprint, answered by
 * the model. Domains a course does not test get no result from it.
 */
export function runFixedForms(
  items: readonly SimItem[],
  truth: Readonly<Record<string, ItemParameters>>,
  population: Population,
  examinees: number,
  cutScores: CutScores,
  seed: string,
): FixedFormRun {
  const courses = loadCourses(resolve(ROOT, 'content/courses')).map((c) => c.course);
  const byId = new Map(items.map((i) => [i.id, i]));
  const grid = gridPoints({ min: -6, max: 6, points: 81 });
  const prior = normalLogWeights(grid, 0, 1);
  const people = createRng(`${seed}:people`);
  const rng = createRng(`${seed}:draws`);
  const run: FixedFormRun = {
    today: [],
    eap: [],
    courses: courses.map((c) => ({ slug: c.slug, takers: 0, maxExposure: 0, domains: [] })),
  };
  const seen = courses.map(() => new Map<string, number>());
  for (let p = 0; p < examinees; p++) {
    const c = p % courses.length;
    const ids = drawFromBlueprint(courses[c].test.blueprint, [...items], rng);
    run.courses[c].takers++;
    const abilities = new Map<string, number>();
    const answered = ids.map((id) => {
      const item = byId.get(id) as SimItem;
      const domain = domainOf(item.competence);
      if (!abilities.has(domain)) abilities.set(domain, population.draw(people));
      seen[c].set(id, (seen[c].get(id) ?? 0) + 1);
      return { item, domain, correct: rng() < probability(truth[id], abilities.get(domain) as number) };
    });
    const todayLevels = domainLevels(competenceLevels(answered.map((a) => ({ ...a.item, correct: a.correct }))));
    for (const [domain, trueTheta] of abilities) {
      const mine = answered.filter((a) => a.domain === domain);
      const theta = eap(
        grid,
        prior,
        mine.map((a) => ({ ...truth[a.item.id], correct: a.correct })),
      ).theta;
      const base = {
        person: p,
        domain,
        trueTheta,
        theta,
        trueLevel: levelOf(trueTheta, cutScores, domain),
        items: mine.length,
        atLeast: null,
      };
      // Today's rule can say 0, "not yet level 1"; the assessment's scale starts at 1.
      run.today.push({ ...base, level: Math.max(1, todayLevels[domain]) });
      run.eap.push({ ...base, level: levelOf(theta, cutScores, domain) });
    }
  }
  run.courses.forEach((course, c) => {
    course.maxExposure = Math.max(...[...seen[c].values()].map((n) => n / course.takers));
    course.domains = [...new Set(courses[c].test.blueprint.map((r) => domainOf(r.competence)))];
  });
  return run;
}

import type { SimItem } from './banks';
import {
  Answer,
  assessmentResult,
  createRng,
  CutScores,
  ItemParameters,
  levelOf,
  nextItem,
  PreparedBank,
  probability,
} from './engine';
import type { DomainOutcome } from './outcomes';
import type { Population } from './populations';

export interface AdaptiveRun {
  outcomes: DomainOutcome[];
  lengths: number[];
  /** Expected minutes per attempt from the items' timeSeconds; null for a bank without times. */
  minutes: number[] | null;
  /** Per item id, how many people were served it. */
  seen: Map<string, number>;
  examinees: number;
  /** Responses as calibration would collect them. */
  responses: { personId: string; itemId: string; correct: boolean }[];
}

export interface AdaptiveRunOptions {
  bank: PreparedBank;
  items: readonly SimItem[];
  truth: Readonly<Record<string, ItemParameters>>;
  population: Population;
  examinees: number;
  cutScores: CutScores;
  seed: string;
}

/**
 * People with known abilities (one per domain) take the real engine one after another; the exposure counts the
 * engine sees are those of everyone before them, as the server's would be.
 */
export function runAdaptive(opts: AdaptiveRunOptions): AdaptiveRun {
  const { bank, truth, cutScores } = opts;
  const people = createRng(`${opts.seed}:people`);
  const answering = createRng(`${opts.seed}:answers`);
  const choosing = createRng(`${opts.seed}:engine`);
  const seconds = new Map(opts.items.map((i) => [i.id, i.seconds]));
  const run: AdaptiveRun = {
    outcomes: [],
    lengths: [],
    minutes: [],
    seen: new Map(),
    examinees: opts.examinees,
    responses: [],
  };
  for (let p = 0; p < opts.examinees; p++) {
    const abilities = new Map(bank.domains.map((d) => [d, opts.population.draw(people)]));
    const answers: Answer[] = [];
    let time = 0;
    for (;;) {
      const step = nextItem(bank, { answers, exposure: { examinees: p, seen: run.seen }, rng: choosing });
      if (step.done) break;
      run.seen.set(step.itemId, (run.seen.get(step.itemId) ?? 0) + 1);
      const correct = answering() < probability(truth[step.itemId], abilities.get(step.domain) as number);
      answers.push({ itemId: step.itemId, correct });
      run.responses.push({ personId: `p${p}`, itemId: step.itemId, correct });
      time += seconds.get(step.itemId) ?? NaN;
    }
    run.lengths.push(answers.length);
    run.minutes?.push(time / 60);
    for (const d of assessmentResult(bank, cutScores, answers).domains) {
      const trueTheta = abilities.get(d.domain) as number;
      const trueLevel = levelOf(trueTheta, cutScores, d.domain);
      const atLeast = (min: number) => d.levelProbabilities.slice(min - 1).reduce((s, p) => s + p, 0);
      const outcome = {
        person: p,
        domain: d.domain,
        trueTheta,
        theta: d.theta,
        trueLevel,
        level: d.level ?? 1,
        items: d.items,
      };
      run.outcomes.push({ ...outcome, atLeast: [atLeast(2), atLeast(3)] });
    }
  }
  if (run.minutes?.some((m) => Number.isNaN(m))) run.minutes = null;
  return run;
}

/** Largest and mean share of people served an item, over every item of the bank. */
export function exposure(run: AdaptiveRun, items: readonly { id: string }[]): { max: number; mean: number } {
  const rates = items.map((i) => (run.seen.get(i.id) ?? 0) / run.examinees);
  return { max: Math.max(...rates), mean: rates.reduce((s, r) => s + r, 0) / rates.length };
}

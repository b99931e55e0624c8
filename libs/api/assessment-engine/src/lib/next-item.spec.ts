import { syntheticItems, testConfig } from '../testing';
import type { Answer } from './domain-states';
import type { EngineConfig } from './engine-config';
import { assessmentResult } from './assessment-result';
import type { CutScores } from './cut-scores';
import { probability } from './irt';
import { NextStep, nextItem } from './next-item';
import { prepareBank, PreparedBank } from './prepared-bank';
import { createRng, normalDeviate, Rng } from './rng';

const items = syntheticItems();
const CUTS: CutScores = {
  version: 'c',
  calibrationVersion: 'p',
  basis: 'test',
  levels: Array.from({ length: 7 }, (_, i) => ({ level: i + 2, minTheta: i - 0.5 })),
};

/** Takes a whole attempt for someone of ability θ in every domain, answering from the model. */
function takeAttempt(bank: PreparedBank, theta: number, rng: Rng, stepRng: (position: number) => Rng = () => rng) {
  const answers: Answer[] = [];
  const steps: NextStep[] = [];
  for (let guard = 0; guard < 100; guard++) {
    const step = nextItem(bank, { answers, rng: stepRng(answers.length + 1) });
    steps.push(step);
    if (step.done) break;
    const item = bank.items[bank.index.get(step.itemId) as number];
    answers.push({ itemId: step.itemId, correct: rng() < probability(item, theta) });
  }
  return { steps, answers };
}

const perDomain = (bank: PreparedBank, answers: Answer[]) =>
  bank.domains.map((d) => answers.filter((a) => bank.items[bank.index.get(a.itemId) as number].domain === d).length);

describe('nextItem', () => {
  it('is reproducible: the same seed and answers give the same attempt', () => {
    const bank = prepareBank(items, testConfig());
    const one = takeAttempt(bank, 0.3, createRng('seed-1'));
    const two = takeAttempt(bank, 0.3, createRng('seed-1'));
    expect(two.steps).toEqual(one.steps);
    expect(takeAttempt(bank, 0.3, createRng('seed-2')).steps).not.toEqual(one.steps);
  });

  it('resumes from the stored answers alone: replaying a prefix serves the item that was served', () => {
    const bank = prepareBank(items, testConfig());
    const perStep = (position: number) => createRng(`attempt-9:${position}`);
    const { steps, answers } = takeAttempt(bank, -0.4, createRng(5), perStep);
    for (const at of [0, 7, 19]) {
      expect(nextItem(bank, { answers: answers.slice(0, at), rng: perStep(at + 1) })).toEqual(steps[at]);
    }
  });

  it('gives each domain a block, in framework order, and never goes back', () => {
    const bank = prepareBank(items, testConfig());
    const { steps } = takeAttempt(bank, 0, createRng(3));
    const domains = steps.flatMap((s) => (s.done ? [] : [s.domain]));
    const changes = domains.filter((d, i) => i === 0 || d !== domains[i - 1]);
    expect(changes).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(steps[steps.length - 1]).toEqual({ done: true });
  });

  it('stops each domain at its maximum and keeps the total under the cap', () => {
    const config = testConfig({ stop: { seBelow: 0, minPerDomain: 2, maxPerDomain: 6, maxTotal: 30 } });
    const bank = prepareBank(items, config);
    const { answers } = takeAttempt(bank, 0, createRng(4));
    expect(perDomain(bank, answers)).toEqual([5, 5, 5, 5, 5, 5]);
    const roomy = prepareBank(items, testConfig({ stop: { seBelow: 0, maxPerDomain: 3, maxTotal: 30 } }));
    expect(perDomain(roomy, takeAttempt(roomy, 0, createRng(4)).answers)).toEqual([3, 3, 3, 3, 3, 3]);
  });

  it('stops a domain once its standard error is below the threshold, not before the minimum', () => {
    const sharp = { version: 'sharp', items: Object.fromEntries(items.map((i) => [i.id, { a: 3, b: i.level - 3 }])) };
    const config = testConfig({ stop: { seBelow: 0.45, minPerDomain: 2, maxPerDomain: 10, maxTotal: 60 } });
    const bank = prepareBank(items, config, sharp);
    const counts = perDomain(bank, takeAttempt(bank, 0.2, createRng(8)).answers);
    expect(Math.max(...counts)).toBeLessThan(10);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(2);
    const strict = prepareBank(items, { ...config, stop: { ...config.stop, minPerDomain: 5 } }, sharp);
    expect(Math.min(...perDomain(strict, takeAttempt(strict, 0.2, createRng(8)).answers))).toBeGreaterThanOrEqual(5);
  });

  it('hands the items a precise domain left unused to the domains after it', () => {
    // Domain 1 sharp enough to stop early; the others never reach the threshold and use their whole budget.
    const params = (i: (typeof items)[number]) => ({ a: i.competence.startsWith('1.') ? 4 : 0.7, b: i.level - 3 });
    const mixed = { version: 'mixed', items: Object.fromEntries(items.map((i) => [i.id, params(i)])) };
    const config: EngineConfig = testConfig({ stop: { seBelow: 0.5, minPerDomain: 2, maxPerDomain: 8, maxTotal: 24 } });
    const bank = prepareBank(items, config, mixed);
    const counts = perDomain(bank, takeAttempt(bank, 0, createRng(2)).answers);
    expect(counts[0]).toBeLessThan(4);
    expect(counts.reduce((s, n) => s + n, 0)).toBe(24);
    expect(Math.max(...counts.slice(1))).toBeGreaterThan(4);
  });

  it('ends a domain whose items run out', () => {
    const tiny = items.filter((i) => i.competence === '1.1' && i.level === 1);
    const bank = prepareBank(tiny, testConfig({ stop: { seBelow: 0 } }));
    expect(takeAttempt(bank, 0, createRng(1)).answers).toHaveLength(4);
  });

  it('refuses answers to unknown items or the same item twice', () => {
    const bank = prepareBank(items, testConfig());
    const rng = createRng(1);
    expect(() => nextItem(bank, { answers: [{ itemId: 'x', correct: true }], rng })).toThrow(/not in the bank/);
    const twice = [items[0], items[0]].map((i) => ({ itemId: i.id, correct: true }));
    expect(() => nextItem(bank, { answers: twice, rng })).toThrow(/answered twice/);
  });

  it('measures: on the true model, 30 items put every domain estimate near the truth', () => {
    const bank = prepareBank(items, testConfig());
    const rng = createRng('smoke');
    const errors: number[] = [];
    for (let p = 0; p < 60; p++) {
      const theta = normalDeviate(rng);
      const { answers } = takeAttempt(bank, theta, rng);
      for (const d of assessmentResult(bank, CUTS, answers).domains) errors.push(d.theta - theta);
    }
    expect(Math.sqrt(errors.reduce((s, e) => s + e * e, 0) / errors.length)).toBeLessThan(0.8);
  });
});

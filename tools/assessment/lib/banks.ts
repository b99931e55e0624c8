import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadItemBank, parseItems } from '../../../libs/api/content/src';
import {
  CutScores,
  EngineConfig,
  EngineItem,
  ItemParameters,
  normalDeviate,
  parseCutScores,
  parseEngineConfig,
  priorParameters,
  Rng,
  syntheticItems,
} from './engine';

export const ROOT = resolve(__dirname, '../../..');

export interface SimItem extends EngineItem {
  type: string;
  seconds: number | null;
}

export const engineConfig = (): EngineConfig =>
  parseEngineConfig(JSON.parse(readFileSync(resolve(ROOT, 'content/assessment/engine-config.json'), 'utf8')));

export const cutScores = (): CutScores =>
  parseCutScores(JSON.parse(readFileSync(resolve(ROOT, 'content/assessment/cut-scores.json'), 'utf8')));

/** The bank as the seed loads it (apps/api/src/seed/seed-reference.ts): every valid, published item. */
export function realItems(): SimItem[] {
  return parseItems(loadItemBank(resolve(ROOT, 'content/items')))
    .filter((i) => (i.status ?? 'published') === 'published')
    .map((i) => ({ id: i.id, competence: i.competence, level: i.level, type: i.type, seconds: i.timeSeconds }));
}

export function synthetic480(): SimItem[] {
  return syntheticItems().map((i) => ({ ...i, type: 'synthetic', seconds: null }));
}

/**
 * The parameters simulated people answer by. Declared levels are an author's judgement, so the truth strays from
 * the level mapping: a = exp(N(0, 0.3²)) (90 % within 0.6–1.6) and b = the level's b + N(0, 0.5²).
 */
export function drawTruth(
  items: readonly EngineItem[],
  config: EngineConfig,
  rng: Rng,
  aScale = 1,
): Record<string, ItemParameters> {
  const truth: Record<string, ItemParameters> = {};
  for (const item of items) {
    const prior = priorParameters(item.level, config.itemPrior);
    truth[item.id] = { a: aScale * Math.exp(0.3 * normalDeviate(rng)), b: prior.b + 0.5 * normalDeviate(rng) };
  }
  return truth;
}

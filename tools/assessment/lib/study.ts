import { AdaptiveRun, runAdaptive } from './adaptive-run';
import { cutScores as loadCutScores, drawTruth, engineConfig, realItems, SimItem, synthetic480 } from './banks';
import { createRng, CutScores, EngineConfig, ItemParameters, prepareBank, PreparedBank } from './engine';
import { FixedFormRun, runFixedForms } from './fixed-form-run';
import { Population, SKEWED_LOW, STANDARD } from './populations';
import { step } from './report';

export interface SimBank {
  label: string;
  items: SimItem[];
  truth: Record<string, ItemParameters>;
}

export interface Condition {
  bank: SimBank;
  parameters: 'calibrated' | 'prior only';
  population: Population;
  prepared: PreparedBank;
  run: AdaptiveRun;
}

export interface WhatItTakes {
  perDomain: number;
  aScale: number;
  constrained: boolean;
  condition: Condition;
}

export interface Study {
  config: EngineConfig;
  cutScores: CutScores;
  examinees: number;
  banks: SimBank[];
  conditions: Condition[];
  main: { real: Condition; synthetic: Condition };
  fixed: FixedFormRun;
  whatItTakes: WhatItTakes[];
}

function banks(config: EngineConfig, seed: string): SimBank[] {
  const real = realItems();
  const realTruth = drawTruth(real, config, createRng(`${seed}:truth:real`));
  const synthetic = synthetic480();
  return [
    { label: 'real', items: real, truth: realTruth },
    {
      label: 'synthetic 480',
      items: synthetic,
      truth: drawTruth(synthetic, config, createRng(`${seed}:truth:synthetic`)),
    },
  ];
}

function condition(
  bank: SimBank,
  parameters: Condition['parameters'],
  population: Population,
  config: EngineConfig,
  cutScores: CutScores,
  examinees: number,
  seed: string,
): Condition {
  // "Calibrated": the engine knows the parameters people answer by; "prior only": it has only the level mapping.
  const prepared = prepareBank(
    bank.items,
    config,
    parameters === 'calibrated' ? { version: 'true', items: bank.truth } : undefined,
  );
  const label = `${bank.label} / ${parameters} / ${population.label}`;
  step(`adaptive: ${label}`);
  const run = runAdaptive({
    bank: prepared,
    items: bank.items,
    truth: bank.truth,
    population,
    examinees,
    cutScores,
    seed: `${seed}:${label}`,
  });
  return { bank, parameters, population, prepared, run };
}

function whatItTakes(config: EngineConfig, cutScores: CutScores, examinees: number, seed: string): WhatItTakes[] {
  const items = synthetic480();
  const out: WhatItTakes[] = [];
  for (const aScale of [1, 1.5, 2]) {
    const truth = drawTruth(items, config, createRng(`${seed}:truth:a${aScale}`), aScale);
    const bank = { label: `synthetic 480, a × ${aScale}`, items, truth };
    for (const perDomain of [5, 8, 12]) {
      for (const constrained of [true, false]) {
        const stop = { seBelow: 0, minPerDomain: perDomain, maxPerDomain: perDomain, maxTotal: 6 * perDomain };
        const free = { ...config.selection, maxExposureRate: 1, contentBalanceSlack: 99 };
        const selection = constrained ? config.selection : free;
        const c = condition(bank, 'calibrated', STANDARD, { ...config, stop, selection }, cutScores, examinees, seed);
        out.push({ perDomain, aScale, constrained, condition: c });
      }
    }
  }
  return out;
}

export function runStudy(examinees: number, seed: string): Study {
  const config = engineConfig();
  const cutScores = loadCutScores();
  const all = banks(config, seed);
  const conditions: Condition[] = [];
  for (const bank of all)
    for (const parameters of ['calibrated', 'prior only'] as const)
      for (const population of [STANDARD, SKEWED_LOW])
        conditions.push(condition(bank, parameters, population, config, cutScores, examinees, seed));
  const find = (label: string) =>
    conditions.find(
      (c) => c.bank.label === label && c.parameters === 'calibrated' && c.population === STANDARD,
    ) as Condition;
  step('fixed 6-item course tests');
  const fixed = runFixedForms(all[0].items, all[0].truth, STANDARD, examinees, cutScores, `${seed}:fixed`);
  return {
    config,
    cutScores,
    examinees,
    banks: all,
    conditions,
    main: { real: find('real'), synthetic: find('synthetic 480') },
    fixed,
    whatItTakes: whatItTakes(config, cutScores, Math.min(examinees, 800), seed),
  };
}

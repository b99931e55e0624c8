import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CompetenceFramework } from '@lc/shared-contracts';
import { EngineConfig, parseCutScores, parseEngineConfig, prepareBank } from '@lc/api-assessment-engine';
import { parseAssessmentPolicy } from './assessment-policy';
import type { ServedItem, ServingBank } from './serving-bank';

const CONTENT = resolve(__dirname, '../../../../../../content');
const read = (file: string) => JSON.parse(readFileSync(resolve(CONTENT, file), 'utf8'));

/** The published framework, with the shape the catalog serves it in. */
export function testFramework(): CompetenceFramework {
  const fw = read('framework/competence-framework.json');
  return { id: fw.id, title: fw.title, levelBands: fw.levelBands, domains: fw.domains };
}

/**
 * A bank for unit tests: for each competence of the framework, `perLevel[L - 1]` single-choice items at level L
 * whose key is option "a", with the published rules (or the given engine config).
 */
export function testServingBank(perLevel: readonly number[] = [4, 4, 3, 3, 3, 3], engine?: EngineConfig): ServingBank {
  const framework = testFramework();
  const items: (ServedItem & { level: number })[] = framework.domains.flatMap((d) =>
    d.competences.flatMap((c) =>
      perLevel.flatMap((count, l) =>
        Array.from({ length: count }, (_, n) => ({
          id: `${c.code}-L${l + 1}-${String(n + 1).padStart(3, '0')}`,
          competence: c.code,
          level: l + 1,
          type: 'single_choice' as const,
          stem: { vi: `Câu hỏi ${c.code} mức ${l + 1} số ${n + 1}`, en: `Question ${c.code} level ${l + 1} #${n + 1}` },
          options: ['a', 'b', 'c'].map((id) => ({ id, text: { vi: `Phương án ${id}` } })),
          answer: { optionId: 'a' },
          extra: {},
        })),
      ),
    ),
  );
  const config = engine ?? parseEngineConfig(read('assessment/engine-config.json'));
  const cutScores = parseCutScores(read('assessment/cut-scores.json'));
  const calibration = { version: cutScores.calibrationVersion, items: {} };
  const rules = {
    engine: config,
    cutScores,
    calibration,
    policy: parseAssessmentPolicy(read('assessment/policy.json')),
  };
  return {
    rules,
    versions: {
      engine: config.version,
      calibration: calibration.version,
      cutScores: cutScores.version,
      policy: rules.policy.version,
    },
    prepared: prepareBank(items, config, calibration),
    items: new Map(items.map((i) => [i.id, i])),
    retired: new Set(),
    lineages: new Map(),
    framework,
    domainNames: new Map(framework.domains.map((d) => [d.code, d.name])),
    aboutMinutes: 30,
  };
}

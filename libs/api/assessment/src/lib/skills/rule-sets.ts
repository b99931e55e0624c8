import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import {
  Calibration,
  CutScores,
  EngineConfig,
  ParameterSet,
  parseCutScores,
  parseEngineConfig,
  priorCalibration,
} from '@lc/api-assessment-engine';
import { AssessmentPolicy, parseAssessmentPolicy } from './assessment-policy';
import { AssessmentRuleSetEntity, RuleSetKind } from './assessment-rule-set.entity';

/** Everything an attempt is served and scored with. */
export interface AssessmentRules {
  engine: EngineConfig;
  cutScores: CutScores;
  calibration: ParameterSet;
  policy: AssessmentPolicy;
}

export interface RuleVersions {
  engine: string;
  calibration: string;
  cutScores: string;
  policy: string;
}

export type RuleSetRow = Pick<AssessmentRuleSetEntity, 'kind' | 'version' | 'body'>;

export const versionsOf = (rules: AssessmentRules): RuleVersions => ({
  engine: rules.engine.version,
  calibration: rules.calibration.version,
  cutScores: rules.cutScores.version,
  policy: rules.policy.version,
});

export const versionsKey = (v: RuleVersions): string => [v.engine, v.calibration, v.cutScores, v.policy].join('|');

/** Parses the rows of one version of each kind; a bad row stops the caller with every problem named. */
export function rulesFromRows(rows: readonly RuleSetRow[]): AssessmentRules {
  const body = (kind: RuleSetKind) => {
    const row = rows.find((r) => r.kind === kind);
    if (!row) throw new Error(`No assessment rule set of kind ${kind}`);
    return row.body;
  };
  const calibration = body('calibration') as unknown as Calibration;
  const cutScores = parseCutScores(body('cut_scores'));
  if (cutScores.calibrationVersion !== calibration.version) {
    throw new Error(`Cut scores ${cutScores.version} belong to calibration ${cutScores.calibrationVersion}`);
  }
  return {
    engine: parseEngineConfig(body('engine_config')),
    cutScores,
    calibration: { version: calibration.version, items: calibration.items ?? {} },
    policy: parseAssessmentPolicy(body('policy')),
  };
}

const readJson = (dir: string, file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(dir, file), 'utf8'));

/**
 * The published files of content/assessment as rule-set rows, each checked. Before any calibration the cut scores
 * name a `prior:` calibration, which is the level mapping of the engine config: it is stored as a version too.
 */
export function ruleSetRowsFromFiles(dir: string): RuleSetRow[] {
  const engine = parseEngineConfig(readJson(dir, 'engine-config.json'));
  const cutScores = parseCutScores(readJson(dir, 'cut-scores.json'));
  const policy = parseAssessmentPolicy(readJson(dir, 'policy.json'));
  const rows: RuleSetRow[] = [
    { kind: 'engine_config', version: engine.version, body: engine },
    { kind: 'cut_scores', version: cutScores.version, body: cutScores },
    { kind: 'policy', version: policy.version, body: policy },
  ];
  if (cutScores.calibrationVersion.startsWith('prior:')) {
    const prior = priorCalibration([], engine.itemPrior, cutScores.calibrationVersion, '2026-01-01T00:00:00.000Z');
    rows.push({ kind: 'calibration', version: prior.version, body: prior as unknown as Record<string, unknown> });
  }
  return rows;
}

/** Inserts the versions not stored yet: a version once published is never replaced. */
export async function seedAssessmentRuleSets(ds: DataSource, dir: string): Promise<void> {
  for (const row of ruleSetRowsFromFiles(dir)) {
    await ds.query(
      `INSERT INTO assessment_rule_set (kind, version, body) VALUES ($1, $2, $3) ON CONFLICT (kind, version) DO NOTHING`,
      [row.kind, row.version, JSON.stringify(row.body)],
    );
  }
}

import { DataSource } from 'typeorm';
import { calibrate, Calibration, CalibrationResponse, EngineItem, LevelCut } from '@lc/api-assessment-engine';
import type { CutScoreProposal } from '@lc/shared-contracts';
import { GRADABLE_TYPES } from '../../grading';
import { cutScoreProposal } from './cut-score-proposal';

export interface RecalibrationSummary {
  /** False when no item had enough answers: nothing changed, so no version is published. */
  published: boolean;
  version: string;
  basedOn: string;
  cutScoresVersion: string;
  scale: 'population' | 'anchors';
  responses: number;
  attempts: number;
  calibrated: number;
  keptPrevious: number;
  /** What the new parameters suggest for the cut scores, for review; the run publishes the cuts in force. */
  proposedCutScores?: CutScoreProposal;
}

/**
 * How the scale stays put: the first calibration holds each domain's population at N(0, 1); later ones hold the
 * items a previous calibration estimated (anchors), so a more skilled cohort shows as a higher mean, not new items.
 */
export function scaleFor(previous: Calibration): { kind: 'population' } | { kind: 'anchors'; itemIds: string[] } {
  const itemIds = Object.entries(previous.items)
    .filter(([, p]) => p.source === 'calibrated' || p.source === 'anchor')
    .map(([id]) => id);
  return previous.method === 'prior' || itemIds.length === 0 ? { kind: 'population' } : { kind: 'anchors', itemIds };
}

/**
 * Re-estimates item parameters from the assessment's own answers and publishes them as a new calibration version,
 * with the cut scores in force carried over to it (the scale is anchored, so the cuts mean what they meant).
 * Counts only `skills_response` rows: answers graded by the server in the city's assessment, never a reported
 * record or a course test. Attempts name the versions they started with, so finished results never change.
 */
export async function recalibrate(
  ds: DataSource,
  opts: { minResponses: number; now?: Date },
): Promise<RecalibrationSummary> {
  const now = opts.now ?? new Date();
  const [cut]: { version: string; body: Record<string, unknown> }[] = await ds.query(
    `SELECT version, body FROM assessment_rule_set WHERE kind = 'cut_scores' ORDER BY published_at DESC, version DESC
     LIMIT 1`,
  );
  if (!cut) throw new Error('ASSESSMENT_NOT_CONFIGURED');
  const [prev]: { body: Calibration }[] = await ds.query(
    `SELECT body FROM assessment_rule_set WHERE kind = 'calibration' AND version = $1`,
    [cut.body['calibrationVersion']],
  );
  const items: EngineItem[] = await ds.query(
    `SELECT id, competence, level FROM test_item
     WHERE source = 'bank' AND status IN ('published', 'retired') AND type = ANY($1) ORDER BY id`,
    [[...GRADABLE_TYPES]],
  );
  const known = new Set(items.map((i) => i.id));
  const rows: CalibrationResponse[] = await ds.query(
    `SELECT attempt_id AS "personId", item_id AS "itemId", correct FROM skills_response WHERE correct IS NOT NULL`,
  );
  const responses = rows.filter((r) => known.has(r.itemId));
  const previous = prev.body;
  const scale = scaleFor(previous);
  const version = `em:${now.toISOString()}`;
  const calibration = calibrate({
    items,
    responses,
    previous,
    version,
    createdAt: now.toISOString(),
    options: { minResponses: opts.minResponses, scale },
  });
  const sources = Object.values(calibration.items).map((p) => p.source);
  const counts = {
    scale: scale.kind,
    responses: responses.length,
    attempts: new Set(responses.map((r) => r.personId)).size,
    calibrated: sources.filter((s) => s === 'calibrated').length,
    keptPrevious: sources.filter((s) => s !== 'calibrated').length,
  };
  if (counts.calibrated === 0) {
    return {
      published: false,
      version: previous.version,
      basedOn: previous.version,
      cutScoresVersion: cut.version,
      ...counts,
    };
  }
  const cutScores = { ...cut.body, version: `${cut.version.split('+')[0]}+${version}`, calibrationVersion: version };
  // Both rows or neither: cut scores in force must always name a calibration that exists.
  await ds.transaction(async (tx) => {
    await tx.query(`INSERT INTO assessment_rule_set (kind, version, body, published_at) VALUES ($1, $2, $3, $4)`, [
      'calibration',
      version,
      JSON.stringify(calibration),
      now,
    ]);
    await tx.query(`INSERT INTO assessment_rule_set (kind, version, body, published_at) VALUES ($1, $2, $3, $4)`, [
      'cut_scores',
      cutScores.version,
      JSON.stringify(cutScores),
      now,
    ]);
  });
  const proposedCutScores = cutScoreProposal(items, calibration, { levels: cut.body['levels'] as LevelCut[] });
  return {
    published: true,
    version,
    basedOn: previous.version,
    cutScoresVersion: cutScores.version,
    ...counts,
    proposedCutScores,
  };
}

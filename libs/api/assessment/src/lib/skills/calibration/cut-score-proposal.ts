import { Calibration, CutScores, deriveCutScores, EngineItem, ItemParameters } from '@lc/api-assessment-engine';
import type { CutScoreProposal } from '@lc/shared-contracts';

/**
 * The cut scores a calibration suggests (`deriveCutScores`: level L starts where half of the level-L items are
 * expected right), beside those in force, for people to review. Never applied: the carried-over cuts stay in force
 * until someone publishes a version (docs/assessment.md §12).
 */
export function cutScoreProposal(
  items: readonly EngineItem[],
  calibration: Pick<Calibration, 'version' | 'items' | 'itemPrior'>,
  inForce: Pick<CutScores, 'levels'>,
): CutScoreProposal {
  const parameters: Record<string, ItemParameters> = Object.fromEntries(
    Object.entries(calibration.items).map(([id, p]) => [id, { a: p.a, b: p.b }]),
  );
  const derived = deriveCutScores(items, parameters, calibration.itemPrior, {
    version: `proposed+${calibration.version}`,
    calibrationVersion: calibration.version,
  });
  const current = new Map(inForce.levels.map((c) => [c.level, c.minTheta]));
  return {
    levels: derived.cutScores.levels.map((c) => ({
      level: c.level,
      proposed: c.minTheta,
      inForce: current.get(c.level) ?? null,
    })),
    notes: derived.notes.length,
  };
}

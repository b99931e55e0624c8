import { CutScores, levelOf, MAX_LEVEL } from './cut-scores';
import { Answer, domainStates } from './domain-states';
import { probability } from './irt';
import { posteriorWeights, summarise } from './posterior';
import type { PreparedBank } from './prepared-bank';

export interface DomainResult {
  domain: string;
  theta: number;
  se: number;
  /** Null when the domain has no answer: a level is never given without evidence. */
  level: number | null;
  /**
   * Posterior probability of each level 1–8 (index 0 is level 1). Summed over people it estimates how many are at
   * or above a level without the pull toward the middle that counting estimated levels has.
   */
  levelProbabilities: number[];
  items: number;
}

/** Compared with what the domain's ability predicts for this competence's items. */
export type Strength = 'stronger' | 'typical' | 'weaker';

export interface CompetenceResult {
  competence: string;
  domain: string;
  items: number;
  /** Null below `strength.minItems` answers: too few to say anything. */
  strength: Strength | null;
}

export interface AssessmentResult {
  engineVersion: string;
  calibrationVersion: string;
  cutScoresVersion: string;
  domains: DomainResult[];
  competences: CompetenceResult[];
}

/**
 * A competence's strength is the standardised residual of its answers, (right − expected) / SD, at the domain's
 * ability: its items are scored on the domain's one scale, so this says where it stands out, not a level of its own.
 */
function strengthOf(bank: PreparedBank, theta: number, items: number[], correct: boolean[]): Strength | null {
  const { minItems, z } = bank.config.strength;
  if (items.length < minItems) return null;
  let observed = 0;
  let expected = 0;
  let variance = 0;
  items.forEach((i, n) => {
    const p = probability(bank.items[i], theta);
    observed += correct[n] ? 1 : 0;
    expected += p;
    variance += p * (1 - p);
  });
  const residual = (observed - expected) / Math.sqrt(variance);
  return residual >= z ? 'stronger' : residual <= -z ? 'weaker' : 'typical';
}

function levelProbabilities(bank: PreparedBank, cutScores: CutScores, domain: string, log: Float64Array): number[] {
  const out = new Array<number>(MAX_LEVEL).fill(0);
  posteriorWeights(log).forEach((w, k) => (out[levelOf(bank.grid[k], cutScores, domain) - 1] += w));
  return out;
}

export function assessmentResult(
  bank: PreparedBank,
  cutScores: CutScores,
  answers: readonly Answer[],
): AssessmentResult {
  const domains: DomainResult[] = [];
  const competences: CompetenceResult[] = [];
  for (const [d, state] of domainStates(bank, answers).entries()) {
    const { theta, se } = summarise(bank.grid, state.logPosterior);
    const items = state.answered.length;
    domains.push({
      domain: state.domain,
      theta,
      se,
      level: items ? levelOf(theta, cutScores, state.domain) : null,
      levelProbabilities: levelProbabilities(bank, cutScores, state.domain, state.logPosterior),
      items,
    });
    for (const competence of bank.competencesByDomain[d]) {
      const which = state.answered.flatMap((i, n) => (bank.items[i].competence === competence ? [n] : []));
      if (which.length === 0) continue;
      const strength = strengthOf(
        bank,
        theta,
        which.map((n) => state.answered[n]),
        which.map((n) => state.correct[n]),
      );
      competences.push({ competence, domain: state.domain, items: which.length, strength });
    }
  }
  return {
    engineVersion: bank.config.version,
    calibrationVersion: bank.calibrationVersion,
    cutScoresVersion: cutScores.version,
    domains,
    competences,
  };
}

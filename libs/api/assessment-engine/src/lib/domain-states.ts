import type { PreparedBank } from './prepared-bank';

export interface Answer {
  itemId: string;
  correct: boolean;
}

export interface DomainState {
  domain: string;
  /** Indices into bank.items, in the order answered. */
  answered: number[];
  correct: boolean[];
  logPosterior: Float64Array;
}

/**
 * Replays an attempt's answers into one posterior per domain. The engine keeps no state of its own: the stored
 * answers are the attempt, so a reload or another device resumes exactly where it was.
 */
export function domainStates(bank: PreparedBank, answers: readonly Answer[]): DomainState[] {
  const states = bank.domains.map((domain) => ({
    domain,
    answered: [] as number[],
    correct: [] as boolean[],
    logPosterior: Float64Array.from(bank.logPrior),
  }));
  const byDomain = new Map(bank.domains.map((d, i) => [d, states[i]]));
  const seen = new Set<number>();
  for (const answer of answers) {
    const i = bank.index.get(answer.itemId);
    if (i === undefined) throw new Error(`Answer to item ${answer.itemId}, which is not in the bank`);
    if (seen.has(i)) throw new Error(`Item ${answer.itemId} is answered twice`);
    seen.add(i);
    const state = byDomain.get(bank.items[i].domain) as DomainState;
    state.answered.push(i);
    state.correct.push(answer.correct);
    const table = answer.correct ? bank.logP[i] : bank.logQ[i];
    const log = state.logPosterior;
    for (let k = 0; k < log.length; k++) log[k] += table[k];
  }
  return states;
}

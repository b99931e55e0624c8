import { Answer, domainStates, DomainState } from './domain-states';
import { summarise } from './posterior';
import type { PreparedBank } from './prepared-bank';
import { ExposureCounts, selectItem } from './select-item';
import type { Rng } from './rng';
import { domainBudget, stopReason } from './stop-rule';

export interface NextItemRequest {
  answers: readonly Answer[];
  exposure?: ExposureCounts;
  exclude?: ReadonlySet<string>;
  rng: Rng;
}

export type NextStep =
  | { done: false; itemId: string; domain: string; competence: string; position: number; domainPosition: number }
  | { done: true };

function seenPerCompetence(bank: PreparedBank, state: DomainState): Map<string, number> {
  const seen = new Map<string, number>();
  for (const i of state.answered) seen.set(bank.items[i].competence, (seen.get(bank.items[i].competence) ?? 0) + 1);
  return seen;
}

/**
 * The next item of an attempt, or done. Domains come one after another in framework order (a block per domain,
 * which the phone shows as "domain 2 of 6"); a domain ends by its stop rule, and once a later domain has answers
 * an earlier one is never reopened.
 */
export function nextItem(bank: PreparedBank, request: NextItemRequest): NextStep {
  const states = domainStates(bank, request.answers);
  const answered = new Set(states.flatMap((s) => s.answered));
  let used = 0;
  for (let d = 0; d < states.length; d++) {
    const state = states[d];
    const count = state.answered.length;
    const movedOn = states.slice(d + 1).some((s) => s.answered.length > 0);
    if (!movedOn) {
      const budget = domainBudget(bank.config, used, states.length - d - 1);
      const { theta, se } = summarise(bank.grid, state.logPosterior);
      if (stopReason(bank.config, count, se, budget) === null) {
        const ctx = { answered, exclude: request.exclude, exposure: request.exposure, rng: request.rng };
        const pick = selectItem(bank, d, theta, seenPerCompetence(bank, state), ctx);
        if (pick !== null) {
          const item = bank.items[pick];
          const position = answered.size + 1;
          return {
            done: false,
            itemId: item.id,
            domain: item.domain,
            competence: item.competence,
            position,
            domainPosition: count + 1,
          };
        }
      }
    }
    used += count;
  }
  return { done: true };
}

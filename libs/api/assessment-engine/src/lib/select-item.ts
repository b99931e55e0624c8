import { information } from './irt';
import type { PreparedBank } from './prepared-bank';
import type { Rng } from './rng';

/** How often items were served, counted by the caller over a window of recent attempts. */
export interface ExposureCounts {
  /** Attempts started in the window. */
  examinees: number;
  /** Per item id: how many of those attempts were served it. */
  seen: ReadonlyMap<string, number>;
}

export interface SelectionContext {
  answered: ReadonlySet<number>;
  /** Items this person must not see again, such as those of their previous attempt. */
  exclude?: ReadonlySet<string>;
  exposure?: ExposureCounts;
  rng: Rng;
}

/**
 * Items of the domain still open to this person that are under the exposure cap. The cap is lifted only when it
 * would leave nothing to ask: a short test is worse than an item seen a little too often, and the simulation
 * reports the exposure that results.
 */
function eligible(bank: PreparedBank, domain: number, ctx: SelectionContext): number[] {
  const open = bank.itemsByDomain[domain].filter((i) => !ctx.answered.has(i) && !ctx.exclude?.has(bank.items[i].id));
  const { maxExposureRate, exposureMinSample } = bank.config.selection;
  const exposure = ctx.exposure;
  if (!exposure || exposure.examinees < Math.max(exposureMinSample, 1)) return open;
  const under = open.filter((i) => (exposure.seen.get(bank.items[i].id) ?? 0) / exposure.examinees < maxExposureRate);
  return under.length > 0 ? under : open;
}

/** Content balancing: keep the competences seen least so far in this domain (within the configured slack). */
function balanced(bank: PreparedBank, items: number[], seenPerCompetence: ReadonlyMap<string, number>): number[] {
  const seen = (i: number) => seenPerCompetence.get(bank.items[i].competence) ?? 0;
  let least = Infinity;
  for (const i of items) least = Math.min(least, seen(i));
  return items.filter((i) => seen(i) <= least + bank.config.selection.contentBalanceSlack);
}

/**
 * The next item of a domain: among eligible, balanced items, one of the `topK` most informative at θ, chosen at
 * random (randomesque exposure control). Null when the domain has nothing left to ask.
 */
export function selectItem(
  bank: PreparedBank,
  domain: number,
  theta: number,
  seenPerCompetence: ReadonlyMap<string, number>,
  ctx: SelectionContext,
): number | null {
  const candidates = balanced(bank, eligible(bank, domain, ctx), seenPerCompetence);
  if (candidates.length === 0) return null;
  const k = Math.min(bank.config.selection.topK, candidates.length);
  const top: { item: number; info: number }[] = [];
  for (const item of candidates) {
    const info = information(bank.items[item], theta);
    if (top.length === k && info <= top[k - 1].info) continue;
    let at = top.length === k ? k - 1 : top.length;
    while (at > 0 && top[at - 1].info < info) {
      top[at] = top[at - 1];
      at--;
    }
    top[at] = { item, info };
  }
  return top[Math.floor(ctx.rng() * top.length)].item;
}

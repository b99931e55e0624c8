import { randomInt } from 'node:crypto';
import {
  Answer,
  createRng,
  domainOf,
  ExposureCounts,
  nextItem,
  NextStep,
  PreparedItem,
  servedOrder,
} from '@lc/api-assessment-engine';
import type { ServedItem, ServingBank } from './serving-bank';

/** What the engine needs of a served row. */
export interface ServedRow {
  position: number;
  itemId: string;
  correct: boolean | null;
}

/** The answers of an attempt in the order given: with the rules, they are the whole state of the engine. */
export const answersOf = (rows: readonly ServedRow[]): Answer[] =>
  [...rows]
    .sort((x, y) => x.position - y.position)
    .flatMap((r) => (r.correct === null ? [] : [{ itemId: r.itemId, correct: r.correct }]));

/**
 * The items `ids` with every other version of each: an item edited while an attempt runs gets a new id but is the
 * same question, so an attempt that answered one version is never served another (nor one of the previous attempt).
 */
export function withLineages(lineages: ReadonlyMap<string, readonly string[]>, ids: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const id of ids) for (const version of lineages.get(id) ?? [id]) out.add(version);
  return out;
}

/**
 * The next item of an attempt, or done. Each draw is seeded by the attempt and position, so that any choice can be
 * replayed from the stored answers and the exposure counts of the moment.
 */
export function nextStep(
  bank: ServingBank,
  attempt: { id: string; excludedItemIds: readonly string[] },
  answers: readonly Answer[],
  exposure: ExposureCounts,
): NextStep {
  const asked = [...attempt.excludedItemIds, ...answers.map((a) => a.itemId)];
  const exclude = new Set([...withLineages(bank.lineages, asked), ...bank.retired]);
  return nextItem(bank.prepared, {
    answers,
    exposure,
    exclude,
    rng: createRng(`${attempt.id}:${answers.length + 1}`),
  });
}

/**
 * Domains whose items were all asked. A finished attempt asked every domain what it needed; one that ran out of
 * time finished a domain only once an item of a later domain was served, so the domain it stopped in gets no level.
 */
export function finishedDomains(
  domainOrder: readonly string[],
  served: readonly { itemId: string; competence: string }[],
  endReason: 'done' | 'expired',
): Set<string> {
  if (endReason === 'done') return new Set(domainOrder);
  const reached = new Set(served.map((s) => domainOf(s.competence)));
  const last = domainOrder.reduce((at, d, i) => (reached.has(d) ? i : at), -1);
  return new Set(domainOrder.slice(0, Math.max(0, last)));
}

/** The item as the attempt's rules parameterise it: the `a` and `b` its answer is scored with. */
export function preparedItem(bank: ServingBank, itemId: string): PreparedItem {
  const i = bank.prepared.index.get(itemId);
  if (i === undefined) throw new Error(`Item ${itemId} is not in the bank`);
  return bank.prepared.items[i];
}

/**
 * The order to serve an ordering item's steps in, kept with the served row; null for other types. Drawn from the
 * system's random source, not from a seed: a citizen who knows the attempt's id must not be able to undo the shuffle.
 */
export function optionOrderFor(item: Pick<ServedItem, 'type' | 'options' | 'answer'> | undefined): string[] | null {
  if (item?.type !== 'ordering' || !('order' in item.answer)) return null;
  return servedOrder(
    item.options.map((o) => o.id),
    item.answer.order,
    () => randomInt(2 ** 32) / 2 ** 32,
  );
}

import type { ItemResponse, ItemType } from '@lc/shared-contracts';

/** The four types answered by something other than ticking options. */
export const ITEM_ANSWER_TYPES: readonly ItemType[] = ['short_answer', 'ordering', 'matching', 'hotspot'];

/** Moves one entry of a list up (−1) or down (+1); a move past either end leaves the list as it was. */
export function moveEntry(ids: readonly string[], index: number, delta: -1 | 1): string[] {
  const to = index + delta;
  if (index < 0 || index >= ids.length || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  [next[index], next[to]] = [next[to], next[index]];
  return next;
}

/** The order shown: the saved one when it names every option, otherwise the order the item came in. */
export function shownOrder(optionIds: readonly string[], saved: readonly string[] | undefined): string[] {
  const complete = saved && saved.length === optionIds.length && optionIds.every((id) => saved.includes(id));
  return complete ? [...saved] : [...optionIds];
}

/** Whether a response gives anything at all: the assessment's "save and continue" needs one. */
export function hasAnswer(response: ItemResponse | null | undefined): boolean {
  if (!response) return false;
  return response.optionIds.length > 0 || !!response.text?.trim() || !!response.pairs?.length || !!response.point;
}

/** Matching pairs from the choices of each left-hand item, leaving out those not chosen. */
export function pairsOf(choices: Readonly<Record<string, string>>): { left: string; right: string }[] {
  return Object.entries(choices)
    .filter(([, right]) => right)
    .map(([left, right]) => ({ left, right }));
}

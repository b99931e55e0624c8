import type { LocalisedText } from './common';

/**
 * The order a list is shown in when its written order is the key (a proposal's ordering steps, matching's right-hand
 * column): alphabetical by the Vietnamese text, turned by one if that is the key itself. Deterministic, so a retried
 * or edited proposal is stored the same way, and the author's preview shows what citizens will see.
 */
export function shownOrder<T extends { id: string; text: LocalisedText }>(keyed: readonly T[]): T[] {
  const sorted = [...keyed].sort((a, b) => a.text.vi.localeCompare(b.text.vi, 'vi') || a.id.localeCompare(b.id));
  const same = sorted.every((c, i) => c.id === keyed[i].id);
  return same && sorted.length > 1 ? [...sorted.slice(1), sorted[0]] : sorted;
}

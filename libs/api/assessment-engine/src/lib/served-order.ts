import type { Rng } from './rng';

/**
 * The order an ordering item's steps are served in: shuffled, and never the key's own order, which would be the
 * answer. The caller stores it with the served item, so a reload shows the same order.
 */
export function servedOrder(ids: readonly string[], key: readonly string[], rng: Rng): string[] {
  const out = [...ids];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  // Ids are distinct, so a rotation by one is another order.
  if (out.length > 1 && out.every((id, i) => id === key[i])) out.push(out.shift() as string);
  return out;
}

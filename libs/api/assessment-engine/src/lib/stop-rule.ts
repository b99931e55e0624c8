import type { EngineConfig } from './engine-config';

export type StopReason = 'precision' | 'max-items' | 'budget' | 'bank-exhausted';

/**
 * Items a domain may use, given what earlier domains used: a fair share of what is left, never more than the
 * domain maximum, and always leaving the minimum for every domain still to come. So the total cap holds and no
 * domain is starved, whatever happened before it.
 */
export function domainBudget(config: EngineConfig, usedBefore: number, domainsAfter: number): number {
  const { maxTotal, maxPerDomain, minPerDomain } = config.stop;
  const remaining = maxTotal - usedBefore;
  return Math.min(maxPerDomain, Math.ceil(remaining / (domainsAfter + 1)), remaining - minPerDomain * domainsAfter);
}

/** Why a domain stops after `count` items at standard error `se`, or null while it goes on. */
export function stopReason(config: EngineConfig, count: number, se: number, budget: number): StopReason | null {
  const { minPerDomain, maxPerDomain, seBelow } = config.stop;
  if (count >= minPerDomain && se < seBelow) return 'precision';
  if (count >= maxPerDomain) return 'max-items';
  if (count >= budget) return 'budget';
  return null;
}

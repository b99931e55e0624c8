import { ApplicationSummary } from '@lc/shared-contracts';
import { foldText } from '@lc/shared-contracts';

export type QueueSort = 'oldest' | 'newest' | 'name' | 'totalDesc';
export type QueueResult = 'all' | 'passes' | 'fails';

export interface QueueFilter {
  /** Part of the applicant's name, with or without diacritics. */
  query: string;
  result: QueueResult;
  /** A commune's name, or null for all. */
  commune: string | null;
  sort: QueueSort;
}

export const DEFAULT_QUEUE_FILTER: QueueFilter = { query: '', result: 'all', commune: null, sort: 'oldest' };

const time = (item: ApplicationSummary) => (item.submittedAt ? Date.parse(item.submittedAt) : 0);
const byName = (a: ApplicationSummary, b: ApplicationSummary) => a.applicantName.localeCompare(b.applicantName, 'vi');

const SORTS: Record<QueueSort, (a: ApplicationSummary, b: ApplicationSummary) => number> = {
  // Oldest first by default: whoever has waited longest is served first.
  oldest: (a, b) => time(a) - time(b) || byName(a, b),
  newest: (a, b) => time(b) - time(a) || byName(a, b),
  name: byName,
  totalDesc: (a, b) => b.total - a.total || byName(a, b),
};

/** The rows an officer sees: filtered by name, result and commune, then sorted. */
export function queueView(items: readonly ApplicationSummary[], filter: QueueFilter): ApplicationSummary[] {
  const words = foldText(filter.query).split(/\s+/).filter(Boolean);
  return items
    .filter((item) => {
      const name = foldText(item.applicantName);
      if (!words.every((word) => name.includes(word))) return false;
      if (filter.result !== 'all' && item.passes !== (filter.result === 'passes')) return false;
      return filter.commune === null || item.communeName === filter.commune;
    })
    .sort(SORTS[filter.sort]);
}

/** The communes in the list, for the commune filter, in Vietnamese order. */
export function queueCommunes(items: readonly ApplicationSummary[]): string[] {
  return [...new Set(items.map((item) => item.communeName))].sort((a, b) => a.localeCompare(b, 'vi'));
}

import type { AuthUser } from '@lc/api-shared/pure';

/**
 * Residential groups are small enough to identify people, so their figures are only for the commune's own officers:
 * an analyst whose grant is the commune itself (all its groups) or one of its groups (that group). A grant on the
 * city, which covers the commune from above, does not reach them. Returns which groups the user may see.
 */
export function visibleGroups(user: AuthUser, communePath: string): 'all' | Set<string> {
  const grants = user.grants.filter((g) => g.role === 'analyst');
  if (grants.some((g) => g.areaPath === communePath)) return 'all';
  return new Set(grants.filter((g) => g.areaPath.startsWith(`${communePath}.`)).map((g) => g.areaId));
}

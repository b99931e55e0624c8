import { Access, ALLOWED, AuthUser, cityAdminAccess, coversArea, holdsCityWide, refuse } from '@lc/api-shared/pure';

/**
 * Reporting answers about areas named in the request. Areas are public, so a caller outside one is told so
 * (403 AREA_FORBIDDEN): nothing about a person or an object leaks by it (ADR 0027).
 */
const outside = (message = 'Bạn không có quyền với địa bàn này.') => refuse(403, 'AREA_FORBIDDEN', message);

/** KPIs of the city or a commune, for analysts whose grant covers it; a group's figures go through its commune. */
export function kpiAreaAccess(user: AuthUser, area: { kind: string; path: string }): Access {
  if (area.kind === 'group')
    return refuse(
      422,
      'KPI_AREA_INVALID',
      'Chỉ số được tính cho thành phố hoặc một xã/phường; số liệu thôn, tổ dân phố xem theo từng xã/phường.',
    );
  return coversArea(user, 'analyst', area.path) ? ALLOWED : outside();
}

/** The ranking of every commune: for analysts of the whole city only. */
export const communeRankingAccess = (user: AuthUser): Access => (holdsCityWide(user, 'analyst') ? ALLOWED : outside());

/** The plan's targets and the criteria course of K0 hold for the whole city: an admin of the whole city sets them. */
export const citySettingAccess = (user: AuthUser): Access => cityAdminAccess(user);

/**
 * Rosters and population figures are imported by an admin for the communes they cover; each row's commune is
 * checked by the import, and an admin who covers none is refused at once.
 */
export function importAccess(user: AuthUser, communes: { code: string; id: string; path: string }[]) {
  const known = new Map(communes.map((c) => [c.code, { id: c.id, allowed: coversArea(user, 'admin', c.path) }]));
  const access: Access = [...known.values()].some((c) => c.allowed)
    ? ALLOWED
    : outside('Bạn không quản lý xã/phường nào để nạp số liệu.');
  return { access, known };
}

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

/** A commune's group figures go to whoever sees at least one of its groups (visibleGroups). */
export const groupFiguresAccess = (visible: 'all' | Set<string>): Access =>
  visible === 'all' || visible.size > 0
    ? ALLOWED
    : refuse(403, 'KPI_GROUPS_LOCAL_ONLY', 'Số liệu theo thôn, tổ dân phố chỉ dành cho cán bộ của chính xã/phường đó.');

import { Area, RoleGrant } from '@lc/shared-contracts';

export interface AreaChoice {
  /** null for the whole city when its id is unknown: the API then defaults to the city. */
  id: string | null;
  /** null for the whole city, which the page names in the current language. */
  name: string | null;
  kind: 'city' | 'commune' | 'other';
}

/**
 * The areas an analyst may pick: the whole city and every commune when a grant is on the city (the communes'
 * parent), otherwise the granted communes, plus any granted area below a commune (a residential group) by name.
 */
export function analystAreaChoices(communes: Area[], grants: RoleGrant[]): AreaChoice[] {
  const cityId = communes.find((commune) => commune.parentId)?.parentId ?? null;
  const communeIds = new Set(communes.map((commune) => commune.id));
  const grantedIds = new Set(grants.map((grant) => grant.areaId));
  const coversCity = cityId !== null && grantedIds.has(cityId);

  const choices: AreaChoice[] = [];
  if (coversCity) choices.push({ id: cityId, name: null, kind: 'city' });
  for (const commune of communes) {
    if (coversCity || grantedIds.has(commune.id)) choices.push({ id: commune.id, name: commune.name, kind: 'commune' });
  }
  for (const grant of grants) {
    if (grant.areaId !== cityId && !communeIds.has(grant.areaId) && !choices.some((c) => c.id === grant.areaId)) {
      choices.push({ id: grant.areaId, name: grant.areaName, kind: 'other' });
    }
  }
  return choices;
}

/** Folds Vietnamese diacritics and case so "ba dinh" finds "Ba Đình". */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim();
}

/**
 * Residential groups identify people, so only the commune's own analysts see them (ADR 0015): a grant on the commune
 * itself. A city grant covers the commune from above but does not reach its groups, so the page does not offer them.
 */
export function mayDrillToGroups(communeId: string | null, grants: RoleGrant[]): boolean {
  return communeId !== null && grants.some((grant) => grant.areaId === communeId);
}

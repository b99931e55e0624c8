import type { Area, CommuneMatch } from '@lc/shared-contracts';
import { AreaEntity } from './area.entity';
import type { CommuneSearchHit } from './commune-search';

export const toArea = (e: AreaEntity): Area => ({
  id: e.id,
  code: e.code,
  name: e.name,
  kind: e.kind,
  unitType: e.unitType,
  parentId: e.parentId,
});

export const toCommuneMatch = (hit: CommuneSearchHit): CommuneMatch => ({
  commune: toArea(hit.commune),
  formerUnits: hit.formerUnits.map((u) => ({ name: u.oldUnitName, district: u.oldDistrictName, whole: u.whole })),
});

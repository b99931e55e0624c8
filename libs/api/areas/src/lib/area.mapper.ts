import type { Area } from '@lc/shared-contracts';
import { AreaEntity } from './area.entity';

export const toArea = (e: AreaEntity): Area => ({
  id: e.id,
  code: e.code,
  name: e.name,
  kind: e.kind,
  unitType: e.unitType,
  parentId: e.parentId,
});

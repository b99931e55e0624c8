import { DataSource } from 'typeorm';
import { AreaEntity } from '@lc/api-areas';
import { RoleGrantEntity, UserEntity } from '@lc/api-identity';
import { DEMO_CITIZEN, DEMO_COMMUNE_ID, DEMO_COMMUNES, DEMO_STAFF } from './demo-accounts';

export interface SeededAccounts {
  byUsername: Map<string, string>;
  /** Per demo commune: its residential groups and its own verifier and approver. */
  communes: { id: string; groupIds: string[]; verifierId: string; approverId: string }[];
  demoCitizenId: string;
}

/** Staff accounts, residential groups and officers for every demo commune, and the demo citizen. */
export async function seedAccounts(ds: DataSource, passwordHash: string): Promise<SeededAccounts> {
  const users = ds.getRepository(UserEntity);
  const grants = ds.getRepository(RoleGrantEntity);
  const byUsername = new Map<string, string>();
  const staff = async (username: string, fullName: string, role: RoleGrantEntity['role'], areaId: string) => {
    const user = await users.save({ username, fullName, passwordHash });
    await grants.save({ userId: user.id, role, areaId, grantedBy: null });
    byUsername.set(username, user.id);
    return user.id;
  };
  for (const s of DEMO_STAFF) await staff(s.username, s.fullName, s.role, s.areaId);

  const areas = ds.getRepository(AreaEntity);
  const communes: SeededAccounts['communes'] = [];
  for (const communeId of DEMO_COMMUNES) {
    const commune = await areas.findOneByOrFail({ id: communeId });
    const groupIds: string[] = [];
    for (let n = 1; n <= 3; n++) {
      const id = `${communeId}-g${n}`;
      await areas.save({
        id,
        code: id,
        name: `Tổ dân phố số ${n}`,
        kind: 'group',
        unitType: 'tổ dân phố',
        parentId: communeId,
        path: `${commune.path}.${id}`,
      });
      groupIds.push(id);
    }
    const isDemo = communeId === DEMO_COMMUNE_ID;
    const verifierId = isDemo
      ? byUsername.get('verifier')!
      : await staff(`verifier.${communeId}`, `Cán bộ xác minh ${commune.name}`, 'verifier', communeId);
    const approverId = isDemo
      ? byUsername.get('approver')!
      : await staff(`approver.${communeId}`, `Cán bộ công nhận ${commune.name}`, 'approver', communeId);
    communes.push({ id: communeId, groupIds, verifierId, approverId });
  }

  const citizen = await users.save({
    ...DEMO_CITIZEN,
    communeId: DEMO_COMMUNE_ID,
    groupId: communes[0].groupIds[0],
    populationGroup: 'other',
    passwordHash,
  });
  await grants.save({ userId: citizen.id, role: 'citizen', areaId: DEMO_COMMUNE_ID, grantedBy: null });
  return { byUsername, communes, demoCitizenId: citizen.id };
}

import { INestApplication } from '@nestjs/common';
import type { RegisterRequest } from '@lc/shared-contracts';
import { DataSource } from 'typeorm';
import { AreaEntity } from '@lc/api-areas';
import { BA_DINH } from './fixtures';
import { PASSWORD } from './test-app';

/** A residential group of Ba Đình for registrations, made once whatever the spec (`key` names it). */
export async function baDinhGroup(app: INestApplication, key: string, name: string): Promise<string> {
  const groupId = `${BA_DINH}-${key}`;
  await app
    .get(DataSource)
    .getRepository(AreaEntity)
    .upsert(
      {
        id: groupId,
        code: groupId,
        name,
        kind: 'group',
        unitType: 'tổ dân phố',
        parentId: BA_DINH,
        path: `01.${BA_DINH}.${groupId}`,
      },
      ['id'],
    );
  return groupId;
}

/** What a man born in 1990, living in the group, sends to register with `citizenId`. */
export const registrationOf = (citizenId: string, groupId: string, fullName: string): RegisterRequest => ({
  fullName,
  citizenId,
  birthYear: 1990,
  gender: 'male',
  communeId: BA_DINH,
  groupId,
  populationGroup: 'workers',
  password: PASSWORD,
});

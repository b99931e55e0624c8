import type { Me, RoleGrant, UserSummary } from '@lc/shared-contracts';
import { maskCitizenId } from '@lc/api-shared';
import { UserEntity } from './user.entity';

export const toMe = (u: UserEntity, communeName: string | null, roles: RoleGrant[]): Me => ({
  id: u.id,
  fullName: u.fullName,
  citizenId: u.citizenId,
  birthYear: u.birthYear,
  gender: u.gender,
  communeId: u.communeId,
  communeName,
  groupId: u.groupId,
  populationGroup: u.populationGroup,
  roles,
});

export const toUserSummary = (u: UserEntity, communeName: string | null, roles: RoleGrant[]): UserSummary => ({
  id: u.id,
  fullName: u.fullName,
  username: u.username,
  citizenIdMasked: maskCitizenId(u.citizenId),
  communeName,
  roles,
  disabledAt: u.disabledAt?.toISOString() ?? null,
  disableReason: u.disableReason,
});

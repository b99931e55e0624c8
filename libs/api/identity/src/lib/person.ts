import type { Gender, PopulationGroup } from '@lc/shared-contracts';
import { UserEntity } from './user.entity';

/** A person as other contexts read them: who they are and where they live, never their credentials or sessions. */
export interface Person {
  id: string;
  fullName: string;
  birthYear: number | null;
  gender: Gender | null;
  communeId: string | null;
  groupId: string | null;
  populationGroup: PopulationGroup | null;
}

export const toPerson = (u: UserEntity): Person => ({
  id: u.id,
  fullName: u.fullName,
  birthYear: u.birthYear,
  gender: u.gender,
  communeId: u.communeId,
  groupId: u.groupId,
  populationGroup: u.populationGroup,
});

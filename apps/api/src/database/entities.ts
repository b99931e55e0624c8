import { AreaEntity, AreaFormerUnitEntity, CommuneContactEntity } from '@lc/api-areas';
import { assessmentEntities } from '@lc/api-assessment';
import { catalogEntities } from '@lc/api-catalog';
import { certificationEntities } from '@lc/api-certification';
import {
  AccountEventEntity,
  PasswordResetCodeEntity,
  RefreshTokenEntity,
  RoleGrantEntity,
  UserEntity,
} from '@lc/api-identity';
import { LearningRecordEntity, NoticeEntity } from '@lc/api-records';
import { reportingEntities } from '@lc/api-reporting';

export const entities = [
  AreaEntity,
  AreaFormerUnitEntity,
  CommuneContactEntity,
  UserEntity,
  RoleGrantEntity,
  RefreshTokenEntity,
  AccountEventEntity,
  PasswordResetCodeEntity,
  LearningRecordEntity,
  NoticeEntity,
  ...catalogEntities,
  ...assessmentEntities,
  ...certificationEntities,
  ...reportingEntities,
];

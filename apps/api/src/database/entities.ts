import { AreaEntity } from '@lc/api-areas';
import { RefreshTokenEntity, RoleGrantEntity, UserEntity } from '@lc/api-identity';
import { LearningRecordEntity } from '@lc/api-records';

export const entities = [AreaEntity, UserEntity, RoleGrantEntity, RefreshTokenEntity, LearningRecordEntity];

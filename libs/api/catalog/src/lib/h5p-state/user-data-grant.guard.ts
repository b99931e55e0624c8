import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { notFound } from '@lc/api-shared';
import { UserDataService } from './user-data.service';

/**
 * Admits a request whose URL carries a genuine grant, and lets it count as that person's: placed before the rate
 * limit, each learner has a budget of their own rather than sharing one per school router.
 */
@Injectable()
export class UserDataGrantGuard implements CanActivate {
  constructor(private readonly userData: UserDataService) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request & { user?: unknown }>();
    const { materialId = '', grant = '', dataType, subContentId } = req.params as Record<string, string | undefined>;
    // The player keeps one state per content; other data types and sub-contents are not stored.
    if (dataType !== 'state' || subContentId !== '0') {
      throw notFound('H5P_STATE_NOT_FOUND', 'Không tìm thấy dữ liệu học tập này.');
    }
    req.user = { id: this.userData.personOf(materialId, grant), fullName: '', grants: [] };
    return true;
  }
}

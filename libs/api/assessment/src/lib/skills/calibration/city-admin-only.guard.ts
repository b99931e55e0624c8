import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { AuthUser, forbidden } from '@lc/api-shared';

/** Item parameters are the same for the whole city: only an admin of the whole city (no parent area) may recalibrate. */
@Injectable()
export class CityAdminOnly implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const user = context.switchToHttp().getRequest<{ user: AuthUser }>().user;
    if (!user.grants.some((g) => g.role === 'admin' && !g.areaPath.includes('.'))) {
      throw forbidden('CITY_ADMIN_ONLY', 'Chỉ quản trị viên cấp thành phố mới hiệu chỉnh được ngân hàng câu hỏi.');
    }
    return true;
  }
}

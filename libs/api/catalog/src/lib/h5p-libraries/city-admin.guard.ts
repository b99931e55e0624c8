import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { AuthUser } from '@lc/api-shared';
import { assertCityAdmin } from './library-rules';

/** As a guard, so a refused caller's upload is never read (guards run before the upload interceptor). */
@Injectable()
export class CityAdminGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    assertCityAdmin(context.switchToHttp().getRequest<{ user: AuthUser }>().user);
    return true;
  }
}

import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth-user';
import { enforce } from './access';
import { cityAdminAccess } from './city-admin';

/** The city-admin check as a guard, so a refused caller's upload is never read (guards run before interceptors). */
@Injectable()
export class CityAdminGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    enforce(cityAdminAccess(context.switchToHttp().getRequest<{ user: AuthUser }>().user));
    return true;
  }
}

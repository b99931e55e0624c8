import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Role } from '@lc/shared-contracts';
import { AuthUser, DomainError, forbidden, hasRole, IS_PUBLIC, ROLES } from '@lc/api-shared';

/** Global: every endpoint needs a valid access token unless it is marked @Public(). */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  /** On public endpoints a valid token still identifies the caller (drafts for their author), but none is needed. */
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    const req = context.switchToHttp().getRequest();
    if (!isPublic) return (await super.canActivate(context)) as boolean;
    if (!req.headers?.authorization) return true;
    req.lcOptionalAuth = true;
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<T>(err: unknown, user: T, _info: unknown, context: ExecutionContext): T {
    // A bad token arrives as `info`; `err` is a failure to look the user up (the database), answered as such.
    if (err) throw err;
    if (context.switchToHttp().getRequest().lcOptionalAuth) return (user || undefined) as T;
    if (!user)
      throw new DomainError('AUTH_REQUIRED', 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập.', 401);
    return user;
  }
}

/** Global: an endpoint with @Roles() needs one of them in some area; services check the area. */
@Injectable()
export class RolesGuard {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!roles?.length) return true;
    const user: AuthUser | undefined = context.switchToHttp().getRequest().user;
    if (user && roles.some((r) => hasRole(user, r))) return true;
    throw forbidden('ROLE_REQUIRED', 'Bạn không có vai trò cần thiết để thực hiện việc này.');
  }
}

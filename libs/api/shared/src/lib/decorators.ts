import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@lc/shared-contracts';
import type { AuthUser } from './auth-user';

export const IS_PUBLIC = 'lc:isPublic';
export const ROLES = 'lc:roles';

/** Opts an endpoint out of the global sign-in requirement. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The caller must hold one of these roles in some area; the service then checks the area itself. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AuthUser => ctx.switchToHttp().getRequest().user,
);

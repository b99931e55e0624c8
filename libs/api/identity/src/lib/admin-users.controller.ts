import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { RoleGrant, UserSummary } from '@lc/shared-contracts';
import { ApiErrors, ApiNoContent, ApiOk, AuthUser, CurrentUser, Roles } from '@lc/api-shared';
import { DisableAccountDto } from './dto/disable-account.dto';
import { GrantRoleDto } from './dto/grant-role.dto';
import { RevokeRoleGrantDto } from './dto/revoke-role-grant.dto';
import { SessionsService } from './sessions.service';
import { UsersService } from './users.service';

@ApiTags('identity')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin')
export class AdminUsersController {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
  ) {}

  @ApiOk('UserSummary', { array: true })
  @Get('users')
  search(@CurrentUser() admin: AuthUser, @Query('q') q = ''): Promise<UserSummary[]> {
    return this.users.search(String(q).slice(0, 100), admin);
  }

  @ApiOk('RoleGrant', { status: 201 })
  @ApiErrors({
    403: ['AREA_FORBIDDEN', 'GRANT_CITY_ROLE_FORBIDDEN', 'GRANT_SELF_FORBIDDEN'],
    404: ['AREA_NOT_FOUND', 'USER_NOT_FOUND'],
    409: ['GRANT_EXISTS'],
    422: ['GRANT_AREA_INVALID'],
  })
  @Post('role-grants')
  grant(@Body() dto: GrantRoleDto, @CurrentUser() admin: AuthUser): Promise<RoleGrant> {
    return this.users.grant(dto, admin);
  }

  /** Not a DELETE: the grant stays on record, with the revocation and its reason. */
  @HttpCode(204)
  @ApiNoContent()
  @ApiErrors({ 403: ['AREA_FORBIDDEN'], 404: ['AREA_NOT_FOUND', 'GRANT_NOT_FOUND'] })
  @Post('role-grants/:id/revocation')
  revoke(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RevokeRoleGrantDto,
    @CurrentUser() admin: AuthUser,
  ): Promise<void> {
    return this.users.revoke(id, dto.reason, admin);
  }

  /** Ends every session of the person (all devices) at once; they may sign in again. */
  @HttpCode(204)
  @ApiNoContent()
  @ApiErrors({ 403: ['ACCOUNT_AREA_FORBIDDEN', 'ACCOUNT_SELF_FORBIDDEN'], 404: ['USER_NOT_FOUND'] })
  @Post('users/:id/session-end')
  endSessions(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() admin: AuthUser): Promise<void> {
    return this.sessions.endSessionsByAdmin(id, admin);
  }

  /** Ends every session and refuses sign-in and refresh until an admin enables the account again. */
  @HttpCode(200)
  @ApiOk('UserSummary')
  @ApiErrors({
    403: ['ACCOUNT_AREA_FORBIDDEN', 'ACCOUNT_SELF_FORBIDDEN'],
    404: ['AREA_NOT_FOUND', 'USER_NOT_FOUND'],
    409: ['ACCOUNT_ALREADY_DISABLED'],
  })
  @Post('users/:id/disable')
  disable(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: DisableAccountDto,
    @CurrentUser() admin: AuthUser,
  ): Promise<UserSummary> {
    return this.sessions.disable(id, dto.reason, admin);
  }

  /** Lifts the sign-in locks of ADR 0007 on the person's login, from every client; recorded in account_event. */
  @HttpCode(204)
  @ApiNoContent()
  @ApiErrors({ 403: ['ACCOUNT_AREA_FORBIDDEN', 'ACCOUNT_SELF_FORBIDDEN'], 404: ['USER_NOT_FOUND'] })
  @Post('users/:id/sign-in-unlock')
  unlockSignIn(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() admin: AuthUser): Promise<void> {
    return this.sessions.unlockSignIn(id, admin);
  }

  @HttpCode(200)
  @ApiOk('UserSummary')
  @ApiErrors({
    403: ['ACCOUNT_AREA_FORBIDDEN', 'ACCOUNT_SELF_FORBIDDEN'],
    404: ['AREA_NOT_FOUND', 'USER_NOT_FOUND'],
    409: ['ACCOUNT_NOT_DISABLED'],
  })
  @Post('users/:id/enable')
  enable(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() admin: AuthUser): Promise<UserSummary> {
    return this.sessions.enable(id, admin);
  }
}

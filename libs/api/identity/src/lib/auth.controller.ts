import { Body, Controller, Get, HttpCode, Ip, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuthTokens, CSRF_HEADER, Me, Registered } from '@lc/shared-contracts';
import { ApiErrors, ApiNoContent, ApiOk, AuthUser, CurrentUser, DomainError, Public, RateLimit } from '@lc/api-shared';
import { AuthService, IssuedSession } from './auth.service';
import { LoginDto } from './dto/login.dto';
import { RegisterDto } from './dto/register.dto';
import { RefreshCookie } from './refresh-cookie';
import { SameOriginGuard, SignInOriginGuard } from './same-origin.guard';
import { UsersService } from './users.service';

const CSRF_PROOF = { name: CSRF_HEADER, required: true, description: '`1`: sent by our own page (docs/adr/0010)' };

@ApiTags('identity')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly cookie: RefreshCookie,
  ) {}

  @Public()
  @RateLimit('register')
  @ApiOk('Registered', { status: 201 })
  @ApiErrors({
    404: ['AREA_NOT_FOUND', 'USER_NOT_FOUND'],
    409: ['CITIZEN_ID_TAKEN'],
    422: ['CITIZEN_ID_INVALID', 'GROUP_NOT_IN_COMMUNE'],
  })
  @Post('auth/register')
  register(@Body() dto: RegisterDto): Promise<Registered> {
    return this.auth.register(dto);
  }

  @Public()
  @RateLimit('signIn')
  @UseGuards(SignInOriginGuard)
  @HttpCode(200)
  @ApiOk('AuthTokens')
  @ApiErrors({
    401: ['AUTH_INVALID'],
    403: ['ACCOUNT_DISABLED'],
    404: ['AREA_NOT_FOUND', 'USER_NOT_FOUND'],
    429: ['AUTH_LOCKED'],
  })
  @Post('auth/login')
  async login(@Body() dto: LoginDto, @Ip() ip: string, @Res({ passthrough: true }) res: Response): Promise<AuthTokens> {
    return this.handOut(res, await this.auth.login(dto, ip));
  }

  /** Rotates the refresh token in the cookie; a refused one is cleared, so the browser stops sending it. */
  @Public()
  @RateLimit('refresh')
  @UseGuards(SameOriginGuard)
  @ApiHeader(CSRF_PROOF)
  @HttpCode(200)
  @ApiOk('AuthTokens')
  @ApiErrors({ 401: ['ACCOUNT_DISABLED', 'AUTH_REFRESH_INVALID'], 404: ['AREA_NOT_FOUND', 'USER_NOT_FOUND'] })
  @Post('auth/refresh')
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<AuthTokens> {
    try {
      return this.handOut(res, await this.auth.refresh(this.cookie.read(req)));
    } catch (err) {
      if (err instanceof DomainError && err.status === 401) this.cookie.clear(res);
      throw err;
    }
  }

  /** Public: the cookie names the sign-in to end, so signing out works after the access token has expired. */
  @Public()
  @UseGuards(SameOriginGuard)
  @ApiHeader(CSRF_PROOF)
  @HttpCode(204)
  @ApiNoContent()
  @Post('auth/logout')
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(this.cookie.read(req));
    this.cookie.clear(res);
  }

  /** Ends every session of the caller, this one included: for a lost phone or a shared computer. */
  @ApiBearerAuth()
  @HttpCode(204)
  @ApiNoContent()
  @Post('auth/logout-all')
  async logoutEverywhere(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logoutEverywhere(user.id);
    this.cookie.clear(res);
  }

  @ApiBearerAuth()
  @ApiOk('Me')
  @ApiErrors({ 404: ['AREA_NOT_FOUND', 'USER_NOT_FOUND'] })
  @Get('me')
  me(@CurrentUser() user: AuthUser): Promise<Me> {
    return this.users.me(user.id);
  }

  private handOut(res: Response, issued: IssuedSession): AuthTokens {
    this.cookie.set(res, issued.refreshToken);
    return issued.tokens;
  }
}

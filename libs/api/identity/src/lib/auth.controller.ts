import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthTokens, Me } from '@lc/shared-contracts';
import { AuthUser, CurrentUser, Public, RateLimit } from '@lc/api-shared';
import { AuthService } from './auth.service';
import { LoginDto, RefreshDto } from './dto/login.dto';
import { RegisterDto } from './dto/register.dto';
import { UsersService } from './users.service';

@ApiTags('identity')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @RateLimit('register')
  @Post('auth/register')
  register(@Body() dto: RegisterDto): Promise<Me> {
    return this.auth.register(dto);
  }

  @Public()
  @RateLimit('signIn')
  @HttpCode(200)
  @Post('auth/login')
  login(@Body() dto: LoginDto, @Ip() ip: string): Promise<AuthTokens> {
    return this.auth.login(dto, ip);
  }

  @Public()
  @RateLimit('refresh')
  @HttpCode(200)
  @Post('auth/refresh')
  refresh(@Body() dto: RefreshDto): Promise<AuthTokens> {
    return this.auth.refresh(dto.refreshToken);
  }

  @ApiBearerAuth()
  @HttpCode(204)
  @Post('auth/logout')
  logout(@Body() dto: RefreshDto, @CurrentUser() user: AuthUser): Promise<void> {
    return this.auth.logout(dto.refreshToken, user.id);
  }

  /** Ends every session of the caller, this one included: for a lost phone or a shared computer. */
  @ApiBearerAuth()
  @HttpCode(204)
  @Post('auth/logout-all')
  logoutEverywhere(@CurrentUser() user: AuthUser): Promise<void> {
    return this.auth.logoutEverywhere(user.id);
  }

  @ApiBearerAuth()
  @Get('me')
  me(@CurrentUser() user: AuthUser): Promise<Me> {
    return this.users.me(user.id);
  }
}

import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AreasModule } from '@lc/api-areas';
import { parseRate, RateLimitStore, Transactions } from '@lc/api-shared';
import { AccountEventEntity } from './account-event.entity';
import { AdminUsersController } from './admin-users.controller';
import { AuthController } from './auth.controller';
import { JwtAuthGuard, RolesGuard } from './auth.guards';
import { AuthService } from './auth.service';
import { AuthUserCache } from './auth-user-cache';
import { jwtKey } from './jwt-key';
import { JwtStrategy } from './jwt.strategy';
import { DEFAULT_ARGON2, PasswordHasher } from './passwords';
import { RefreshCookie } from './refresh-cookie';
import { PasswordResetCodeEntity } from './password-reset-code.entity';
import { RecoveryController } from './recovery.controller';
import { RecoveryService } from './recovery.service';
import { RefreshTokenEntity } from './refresh-token.entity';
import { RoleGrantEntity } from './role-grant.entity';
import { SameOriginGuard, SignInOriginGuard } from './same-origin.guard';
import { DEFAULT_SIGN_IN_ACCOUNT_LIMIT, SignInLimiter } from './sign-in-limiter';
import { DEFAULT_THROTTLE, ThrottlePolicy, throttlePolicyProblem } from './sign-in-throttle';
import { UserEntity } from './user.entity';
import { SessionsService } from './sessions.service';
import { UsersService } from './users.service';

@Module({
  imports: [
    AreasModule,
    PassportModule,
    TypeOrmModule.forFeature([
      UserEntity,
      RoleGrantEntity,
      RefreshTokenEntity,
      AccountEventEntity,
      PasswordResetCodeEntity,
    ]),
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        // @nestjs/jwt types the secret as a string, but hands it to jsonwebtoken, which takes a KeyObject.
        secret: jwtKey(config.getOrThrow<string>('JWT_SECRET')) as unknown as string,
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [AuthController, AdminUsersController, RecoveryController],
  providers: [
    Transactions,
    AuthService,
    AuthUserCache,
    RefreshCookie,
    SameOriginGuard,
    SignInOriginGuard,
    UsersService,
    SessionsService,
    RecoveryService,
    {
      provide: PasswordHasher,
      inject: [ConfigService],
      useFactory: (config: ConfigService) =>
        new PasswordHasher({
          memoryKiB: config.get<number>('ARGON2_MEMORY_KIB') ?? DEFAULT_ARGON2.memoryKiB,
          timeCost: config.get<number>('ARGON2_TIME_COST') ?? DEFAULT_ARGON2.timeCost,
          parallelism: config.get<number>('ARGON2_PARALLELISM') ?? DEFAULT_ARGON2.parallelism,
        }),
    },
    {
      provide: SignInLimiter,
      // RateLimitStore comes from the app, which shares it with the rate limits of other routes.
      inject: [RateLimitStore, ConfigService],
      useFactory: (store: RateLimitStore, config: ConfigService) => {
        const perClient: ThrottlePolicy = {
          freeFailures: config.get<number>('SIGN_IN_FREE_FAILURES') ?? DEFAULT_THROTTLE.freeFailures,
          lockAfter: config.get<number>('SIGN_IN_LOCK_AFTER') ?? DEFAULT_THROTTLE.lockAfter,
          lockSeconds: config.get<number>('SIGN_IN_LOCK_SECONDS') ?? DEFAULT_THROTTLE.lockSeconds,
        };
        const problem = throttlePolicyProblem(perClient);
        if (problem) throw new Error(`Invalid sign-in lockout settings: ${problem}`);
        const perAccount = parseRate(config.get<string>('RATE_LIMIT_SIGN_IN_ACCOUNT') ?? DEFAULT_SIGN_IN_ACCOUNT_LIMIT);
        return new SignInLimiter(store, { perClient, perAccount });
      },
    },
    JwtStrategy,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [UsersService, PasswordHasher],
})
export class IdentityModule {}

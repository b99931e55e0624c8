import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { AuthUser } from '@lc/api-shared';
import { AuthUserCache } from './auth-user-cache';
import { jwtKey } from './jwt-key';
import { UsersService } from './users.service';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(
    config: ConfigService,
    private readonly users: UsersService,
    private readonly cache: AuthUserCache,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      ignoreExpiration: false,
      // Typed as string | Buffer, but handed to jsonwebtoken, which takes the KeyObject as it is.
      secretOrKey: jwtKey(config.getOrThrow<string>('JWT_SECRET')) as unknown as string,
      algorithms: ['HS256'],
    });
  }

  /** Grants are cached briefly; a change of grants invalidates the entry in every API process. */
  async validate(payload: { sub: string }): Promise<AuthUser | false> {
    return (await this.cache.get(payload.sub, (id) => this.users.authUser(id))) ?? false;
  }
}

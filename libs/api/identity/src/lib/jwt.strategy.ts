import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { AuthUser } from '@lc/api-shared';
import { AuthUserCache } from './auth-user-cache';
import { jwtKey } from './jwt-key';
import { SessionClaims, sessionEnded } from './session-rules';
import { SessionsService } from './sessions.service';
import { AppConfig } from '@lc/api-shared';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(
    config: AppConfig,
    private readonly sessions: SessionsService,
    private readonly cache: AuthUserCache,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      ignoreExpiration: false,
      // Typed as string | Buffer, but handed to jsonwebtoken, which takes the KeyObject as it is.
      secretOrKey: jwtKey(config.JWT_SECRET) as unknown as string,
      algorithms: ['HS256'],
    });
  }

  /**
   * Grants and the session version are cached briefly; a change of grants, an ended session or a disabled account
   * invalidates the entry in every API process, so the check costs no query on a hit (docs/adr/0009).
   */
  async validate(payload: SessionClaims): Promise<AuthUser | false> {
    const state = await this.cache.get(payload.sub, (id) => this.sessions.authState(id));
    return state && !sessionEnded(state, payload) ? state.user : false;
  }
}

import { Injectable } from '@nestjs/common';
import type { CookieOptions, Request, Response } from 'express';
import { AppConfig } from '@lc/api-shared';

export const REFRESH_COOKIE = 'lc_refresh';
/** The app's global prefix plus the controller's routes: only refresh, sign-out (and sign-in) ever receive it. */
export const REFRESH_COOKIE_PATH = '/api/auth';
/** Our tokens are 43 characters; anything far longer is not one of ours and is not worth a hash. */
const MAX_TOKEN_LENGTH = 200;

/**
 * The refresh token's only home in a browser (docs/adr/0010): httpOnly, so no script on the page can read it;
 * SameSite=Strict, so no other site's page can make the browser send it; scoped to /api/auth, so no other request
 * carries it. `Secure` unless AUTH_COOKIE_SECURE=false (plain-HTTP deployments other than localhost).
 */
@Injectable()
export class RefreshCookie {
  private readonly options: CookieOptions;
  private readonly maxAgeMs: number;

  constructor(config: AppConfig) {
    this.options = {
      httpOnly: true,
      secure: config.AUTH_COOKIE_SECURE,
      sameSite: 'strict',
      path: REFRESH_COOKIE_PATH,
    };
    this.maxAgeMs = config.REFRESH_TOKEN_TTL_DAYS * 86_400_000;
  }

  set(res: Response, token: string): void {
    res.cookie(REFRESH_COOKIE, token, { ...this.options, maxAge: this.maxAgeMs });
  }

  clear(res: Response): void {
    res.clearCookie(REFRESH_COOKIE, this.options);
  }

  read(req: Request): string | undefined {
    const value: unknown = (req.cookies as Record<string, unknown> | undefined)?.[REFRESH_COOKIE];
    return typeof value === 'string' && value.length > 0 && value.length <= MAX_TOKEN_LENGTH ? value : undefined;
  }
}

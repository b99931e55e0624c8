import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { AppConfig, DomainError } from '@lc/api-shared';
import { crossSiteProblem, hostOf } from './same-origin';

abstract class OriginGuard implements CanActivate {
  private readonly trustedHosts: string[];

  protected constructor(
    config: AppConfig,
    private readonly needsHeader: boolean,
  ) {
    // Behind a proxy that rewrites Host, the public address is the one the browser's Origin names.
    const publicHost = hostOf(config.PUBLIC_URL ?? '');
    this.trustedHosts = publicHost ? [publicHost] : [];
  }

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    if (crossSiteProblem(req.headers, this.trustedHosts, this.needsHeader) === null) return true;
    throw new DomainError(
      'AUTH_CSRF_REFUSED',
      'Yêu cầu này không được gửi từ trang của hệ thống. Hãy tải lại trang rồi thử lại.',
      403,
    );
  }
}

/** Refresh and sign-out: they act on the refresh cookie, so only our own page may send them (X-LC-CSRF + origin). */
@Injectable()
export class SameOriginGuard extends OriginGuard {
  constructor(config: AppConfig) {
    super(config, true);
  }
}

/**
 * Sign-in sets the cookie: another site's form must not sign a visitor's browser in to the attacker's account.
 * Browsers say where a request comes from; other clients (scripts, the benchmarks) need send nothing more.
 */
@Injectable()
export class SignInOriginGuard extends OriginGuard {
  constructor(config: AppConfig) {
    super(config, false);
  }
}

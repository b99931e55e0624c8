import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Role } from '@lc/shared-contracts';
import { SessionStore } from './session-store';

/** Lets signed-in users through; others go to /login?returnUrl=… */
export const signedInGuard: CanActivateFn = (_route, state) => {
  const session = inject(SessionStore);
  if (session.isSignedIn()) return true;
  return inject(Router).createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

/** Lets through users holding any of the roles (in any area); the server still checks the area. */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return (_route, state) => {
    const session = inject(SessionStore);
    if (session.isSignedIn() && roles.some((role) => session.hasRole(role))) return true;
    return inject(Router).createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
  };
}

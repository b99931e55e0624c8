import { HttpErrorResponse, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, from, switchMap, throwError } from 'rxjs';
import { SessionStore } from './session-store';

/** Sign-in, refresh and sign-out answer 401 for bad credentials: never try to refresh on them. */
const AUTH_ENDPOINTS = /\/api\/auth\//;

/**
 * Our API: an /api/ URL on this page's own origin, relative or absolute. Never another host, port or scheme, so the
 * token cannot leak to a URL that some data or a redirect target put into a request.
 */
function isOwnApiUrl(url: string): boolean {
  if (typeof location === 'undefined') return false;
  try {
    const target = new URL(url, location.href);
    return target.origin === location.origin && target.pathname.startsWith('/api/');
  } catch {
    return false;
  }
}

function withToken(req: HttpRequest<unknown>, token: string | null): HttpRequest<unknown> {
  return token ? req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : req;
}

/** Adds the access token to our API's calls; on a 401 refreshes once and repeats, else signs out and goes to /login. */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  if (!isOwnApiUrl(req.url) || req.headers.has('Authorization')) return next(req);
  const session = inject(SessionStore);
  const router = inject(Router);
  const sentToken = session.accessToken();

  return next(withToken(req, sentToken)).pipe(
    catchError((err: unknown) => {
      if (!(err instanceof HttpErrorResponse) || err.status !== 401 || AUTH_ENDPOINTS.test(req.url)) {
        return throwError(() => err);
      }
      return from(session.refresh()).pipe(
        switchMap((refreshed) => {
          if (refreshed) return next(withToken(req, session.accessToken()));
          const returnUrl = router.url;
          return from(session.logout()).pipe(
            switchMap(() => {
              void router.navigate(['/login'], { queryParams: { returnUrl } });
              return throwError(() => err);
            }),
          );
        }),
      );
    }),
  );
};

import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { isPlatformBrowser } from '@angular/common';
import { Injectable, PLATFORM_ID, computed, inject, signal } from '@angular/core';
import { AuthTokens, CSRF_HEADER, LoginRequest, Me, Role, RoleGrant } from '@lc/shared-contracts';
import { firstValueFrom } from 'rxjs';
import { withTabLock } from './tab-lock';

/**
 * In localStorage: "this browser may hold a refresh cookie", which no script can see. Never a token; it only
 * spares people who never signed in a refresh request at every page load.
 */
export const SESSION_HINT_KEY = 'lc.signedIn';

/** The longest the first page waits for the start-up refresh. */
export const RESTORE_WAIT_MS = 8000;

/** What refresh and sign-out need to show that our own page sent them (docs/adr/0010). */
const SAME_ORIGIN = { headers: { [CSRF_HEADER]: '1' } };

interface Session {
  accessToken: string;
  user: Me;
}

/**
 * The signed-in user and their access token, in memory only (docs/adr/0010). The refresh token lives in an
 * httpOnly cookie that only /api/auth receives, so no script on the page can read either token from storage.
 * A reload, or a new tab, signs in again with that cookie (`restore`); every tab of the browser shares it.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly http = inject(HttpClient);
  /** The server renders anonymous pages only (docs/adr/0035): it never sees nor uses the refresh cookie. */
  private readonly inBrowser = isPlatformBrowser(inject(PLATFORM_ID));
  private readonly session = signal<Session | null>(null);
  private pendingRefresh: Promise<boolean> | null = null;

  readonly user = computed(() => this.session()?.user ?? null);
  readonly isSignedIn = computed(() => this.session() !== null);

  hasRole(role: Role): boolean {
    return this.grants(role).length > 0;
  }

  grants(role: Role): RoleGrant[] {
    return (this.user()?.roles ?? []).filter((grant) => grant.role === role);
  }

  accessToken(): string | null {
    return this.session()?.accessToken ?? null;
  }

  /**
   * At start-up, before the first route: signs in again with the refresh cookie if this browser was signed in.
   * On a connection that hangs, the page shows after RESTORE_WAIT_MS rather than staying blank; a late answer still
   * signs the person in.
   */
  async restore(): Promise<void> {
    if (!this.inBrowser || !readHint()) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, RESTORE_WAIT_MS)));
    await Promise.race([this.refresh(), waited]);
    clearTimeout(timer);
  }

  async login(req: LoginRequest): Promise<void> {
    const tokens = await firstValueFrom(this.http.post<AuthTokens>('/api/auth/login', req));
    this.store(tokens);
  }

  /** Ends this browser's sign-in on the server (every tab shares it) and forgets it here. */
  async logout(): Promise<void> {
    this.clear();
    try {
      await firstValueFrom(this.http.post<void>('/api/auth/logout', null, SAME_ORIGIN));
    } catch {
      // The local session is gone either way; the server forgets the refresh token when it expires.
    }
  }

  /**
   * A new access token (and a rotated refresh cookie). Callers in this tab share one request, and tabs take turns
   * (`withTabLock`), because the server rotates refresh tokens: a second refresh with the old one would end every
   * session of the person.
   */
  refresh(): Promise<boolean> {
    this.pendingRefresh ??= withTabLock('lc.refresh', () => this.doRefresh()).finally(
      () => (this.pendingRefresh = null),
    );
    return this.pendingRefresh;
  }

  private async doRefresh(): Promise<boolean> {
    try {
      const tokens = await firstValueFrom(this.http.post<AuthTokens>('/api/auth/refresh', null, SAME_ORIGIN));
      this.store(tokens);
      return true;
    } catch (err) {
      // Only a refusal ends the sign-in. Offline is no answer (status 0, or the 504 with which the service worker
      // stands in for a network it cannot reach), nor is a server fault: the cookie may still be good, so the next
      // page load tries again.
      this.session.set(null);
      if (isRefusal(err)) writeHint(false);
      return false;
    }
  }

  private store(tokens: AuthTokens): void {
    this.session.set({ accessToken: tokens.accessToken, user: tokens.user });
    writeHint(true);
  }

  private clear(): void {
    this.session.set(null);
    writeHint(false);
  }
}

const isRefusal = (err: unknown) =>
  err instanceof HttpErrorResponse && err.status >= 400 && err.status < 500 && err.status !== 408 && err.status !== 429;

function readHint(): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(SESSION_HINT_KEY) === '1';
  } catch {
    return false;
  }
}

function writeHint(signedIn: boolean): void {
  try {
    if (signedIn) localStorage.setItem(SESSION_HINT_KEY, '1');
    else localStorage.removeItem(SESSION_HINT_KEY);
  } catch {
    // Storage may be disabled (private mode): a reload then shows the page signed out, though the cookie is kept.
  }
}

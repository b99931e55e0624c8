import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { AuthTokens, LoginRequest, Me, RefreshRequest, Role, RoleGrant } from '@lc/shared-contracts';
import { firstValueFrom } from 'rxjs';

/** Where the session lives between page loads (per tab). */
export const SESSION_STORAGE_KEY = 'lc.session';

interface StoredSession {
  accessToken: string;
  refreshToken: string;
  user: Me;
}

/**
 * The signed-in user and their tokens.
 *
 * Tokens live in sessionStorage: they survive a reload (citizens on weak connections reload often) but die with
 * the tab, and are not shared with other tabs the way localStorage would be. Any script on the page can still read
 * them, so the planned hardening is an httpOnly, SameSite=Strict refresh cookie set by the API, with only the
 * short-lived access token kept in memory.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly http = inject(HttpClient);
  private readonly session = signal<StoredSession | null>(readStoredSession());
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

  async login(req: LoginRequest): Promise<void> {
    const tokens = await firstValueFrom(this.http.post<AuthTokens>('/api/auth/login', req));
    this.store(tokens);
  }

  async logout(): Promise<void> {
    const current = this.session();
    this.clear();
    if (!current) return;
    const body: RefreshRequest = { refreshToken: current.refreshToken };
    try {
      await firstValueFrom(
        this.http.post<void>('/api/auth/logout', body, {
          headers: { Authorization: `Bearer ${current.accessToken}` },
        }),
      );
    } catch {
      // The local session is gone either way; the server forgets the refresh token when it expires.
    }
  }

  /**
   * Exchanges the refresh token for new tokens. Concurrent callers share one request, because the server rotates
   * refresh tokens: a second parallel refresh with the old token would fail and sign the user out.
   */
  refresh(): Promise<boolean> {
    this.pendingRefresh ??= this.doRefresh().finally(() => (this.pendingRefresh = null));
    return this.pendingRefresh;
  }

  async reloadMe(): Promise<void> {
    if (!this.session()) return;
    const user = await firstValueFrom(this.http.get<Me>('/api/me'));
    const current = this.session();
    if (current) this.save({ ...current, user });
  }

  private async doRefresh(): Promise<boolean> {
    const current = this.session();
    if (!current) return false;
    const body: RefreshRequest = { refreshToken: current.refreshToken };
    try {
      const tokens = await firstValueFrom(this.http.post<AuthTokens>('/api/auth/refresh', body));
      this.store(tokens);
      return true;
    } catch {
      this.clear();
      return false;
    }
  }

  private store(tokens: AuthTokens): void {
    this.save({ accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, user: tokens.user });
  }

  private save(session: StoredSession): void {
    this.session.set(session);
    try {
      sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
    } catch {
      // Storage may be full or disabled (private mode): the session then lasts until reload.
    }
  }

  private clear(): void {
    this.session.set(null);
    try {
      sessionStorage.removeItem(SESSION_STORAGE_KEY);
    } catch {
      // see save()
    }
  }
}

function readStoredSession(): StoredSession | null {
  try {
    const raw = typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(SESSION_STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredSession>;
    return parsed.accessToken && parsed.refreshToken && parsed.user ? (parsed as StoredSession) : null;
  } catch {
    return null;
  }
}

import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { PLATFORM_ID, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthTokens, Me } from '@lc/shared-contracts';
import { authInterceptor } from './auth-interceptor';
import { RESTORE_WAIT_MS, SESSION_HINT_KEY, SessionStore } from './session-store';

const user: Me = {
  id: 'u1',
  fullName: 'Nguyễn Văn An',
  citizenId: '001099012345',
  birthYear: 1980,
  gender: 'male',
  communeId: 'c1',
  communeName: 'Phường Ba Đình',
  groupId: 'g1',
  populationGroup: 'workers',
  roles: [
    { id: 'r1', role: 'citizen', areaId: 'c1', areaName: 'Phường Ba Đình' },
    { id: 'r2', role: 'verifier', areaId: 'c1', areaName: 'Phường Ba Đình' },
  ],
};

function tokens(n: number): AuthTokens {
  return { accessToken: `access-${n}`, expiresIn: 900, user };
}

/** Everything the page's scripts could read from storage. */
const stored = () => JSON.stringify({ ...localStorage, ...sessionStorage });

describe(SessionStore.name, () => {
  let http: HttpTestingController;

  function setup(platform = 'browser'): SessionStore {
    TestBed.configureTestingModule({
      providers: [
        { provide: PLATFORM_ID, useValue: platform },
        provideZonelessChangeDetection(),
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    return TestBed.inject(SessionStore);
  }

  async function signIn(sut: SessionStore): Promise<void> {
    const done = sut.login({ login: '001099012345', password: 'secret123' });
    http.expectOne('/api/auth/login').flush(tokens(1));
    await done;
  }

  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });
  afterEach(() => http.verify());

  it('keeps the access token in memory only, and exposes the roles', async () => {
    const sut = setup();
    await signIn(sut);

    expect(sut.isSignedIn()).toBe(true);
    expect(sut.accessToken()).toBe('access-1');
    expect(sut.hasRole('verifier')).toBe(true);
    expect(sut.hasRole('admin')).toBe(false);
    expect(sut.grants('citizen')).toHaveLength(1);
    expect(stored()).not.toContain('access-1');
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBe('1');
  });

  it('at start-up, signs in again with the refresh cookie if this browser was signed in', async () => {
    localStorage.setItem(SESSION_HINT_KEY, '1');
    const sut = setup();
    const done = sut.restore();
    const req = http.expectOne('/api/auth/refresh');
    expect(req.request.method).toBe('POST');
    expect(req.request.headers.get('X-LC-CSRF')).toBe('1');
    expect(req.request.body).toBeNull();
    req.flush(tokens(2));
    await done;
    expect(sut.user()?.fullName).toBe('Nguyễn Văn An');
    expect(sut.accessToken()).toBe('access-2');
  });

  it('at start-up, lets the page show when the refresh hangs, and signs in when it answers at last', async () => {
    jest.useFakeTimers();
    try {
      localStorage.setItem(SESSION_HINT_KEY, '1');
      const sut = setup();
      let shown = false;
      const done = sut.restore().then(() => (shown = true));
      const req = http.expectOne('/api/auth/refresh');
      await jest.advanceTimersByTimeAsync(RESTORE_WAIT_MS);
      await done;
      expect(shown).toBe(true);
      expect(sut.isSignedIn()).toBe(false);
      req.flush(tokens(2));
      await jest.advanceTimersByTimeAsync(0);
      expect(sut.accessToken()).toBe('access-2');
    } finally {
      jest.useRealTimers();
    }
  });

  it('at start-up, asks nothing of the server for a browser that never signed in', async () => {
    const sut = setup();
    await sut.restore();
    http.expectNone('/api/auth/refresh');
    expect(sut.isSignedIn()).toBe(false);
  });

  it('never restores a session while rendering on the server, which serves anonymous pages only', async () => {
    localStorage.setItem(SESSION_HINT_KEY, '1');
    const sut = setup('server');
    await sut.restore();
    http.expectNone('/api/auth/refresh');
    expect(sut.isSignedIn()).toBe(false);
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBe('1');
  });

  it('shares one refresh between concurrent callers, because the server rotates refresh tokens', async () => {
    const sut = setup();
    await signIn(sut);

    const first = sut.refresh();
    const second = sut.refresh();
    await Promise.resolve();
    http.expectOne('/api/auth/refresh').flush(tokens(2));

    expect(await first).toBe(true);
    expect(await second).toBe(true);
    expect(sut.accessToken()).toBe('access-2');
  });

  it('takes turns with other tabs through a Web Lock where the browser has one', async () => {
    const request = jest.fn((_name: string, work: () => Promise<unknown>) => work());
    Object.defineProperty(navigator, 'locks', { value: { request }, configurable: true });
    try {
      const sut = setup();
      await signIn(sut);
      const done = sut.refresh();
      http.expectOne('/api/auth/refresh').flush(tokens(2));
      expect(await done).toBe(true);
      expect(request).toHaveBeenCalledWith('lc.refresh', expect.any(Function));
    } finally {
      delete (navigator as { locks?: unknown }).locks;
    }
  });

  it('signs out locally when the refresh cookie is refused', async () => {
    const sut = setup();
    await signIn(sut);

    const done = sut.refresh();
    http
      .expectOne('/api/auth/refresh')
      .flush({ code: 'AUTH_REFRESH_INVALID', message: 'x' }, { status: 401, statusText: 'x' });

    expect(await done).toBe(false);
    expect(sut.isSignedIn()).toBe(false);
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBeNull();
  });

  it('tries again at the next page load when the refresh failed for want of a network', async () => {
    const sut = setup();
    await signIn(sut);
    const done = sut.refresh();
    http.expectOne('/api/auth/refresh').error(new ProgressEvent('error'), { status: 0 });
    expect(await done).toBe(false);
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBe('1');
  });

  it('tries again at the next page load when the service worker or the server could not answer', async () => {
    const sut = setup();
    await signIn(sut);
    for (const status of [504, 503]) {
      const done = sut.refresh();
      http.expectOne('/api/auth/refresh').flush(null, { status, statusText: 'Unavailable' });
      expect(await done).toBe(false);
      expect(localStorage.getItem(SESSION_HINT_KEY)).toBe('1');
    }
  });

  it('forgets the session at sign-out and asks the server to end it and clear the cookie', async () => {
    const sut = setup();
    await signIn(sut);
    const done = sut.logout();
    expect(sut.isSignedIn()).toBe(false);
    const req = http.expectOne('/api/auth/logout');
    expect(req.request.headers.get('X-LC-CSRF')).toBe('1');
    expect(req.request.body).toBeNull();
    req.flush(null, { status: 204, statusText: 'No Content' });
    await done;
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBeNull();
  });
});

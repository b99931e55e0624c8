import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { AuthTokens, Me } from '@lc/shared-contracts';
import { firstValueFrom } from 'rxjs';
import { authInterceptor } from './auth-interceptor';
import { SESSION_STORAGE_KEY, SessionStore } from './session-store';

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
  return { accessToken: `access-${n}`, refreshToken: `refresh-${n}`, expiresIn: 900, user };
}

describe(SessionStore.name, () => {
  let http: HttpTestingController;

  function setup(): SessionStore {
    TestBed.configureTestingModule({
      providers: [
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

  beforeEach(() => sessionStorage.clear());
  afterEach(() => http.verify());

  it('keeps the tokens in sessionStorage after sign-in and exposes the roles', async () => {
    const sut = setup();
    await signIn(sut);

    expect(sut.isSignedIn()).toBe(true);
    expect(sut.accessToken()).toBe('access-1');
    expect(sut.hasRole('verifier')).toBe(true);
    expect(sut.hasRole('admin')).toBe(false);
    expect(sut.grants('citizen')).toHaveLength(1);
    expect(JSON.parse(sessionStorage.getItem(SESSION_STORAGE_KEY) ?? '{}').refreshToken).toBe('refresh-1');
  });

  it('restores the session from sessionStorage on start', () => {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ accessToken: 'a', refreshToken: 'r', user }));
    const sut = setup();
    expect(sut.user()?.fullName).toBe('Nguyễn Văn An');
    expect(sut.accessToken()).toBe('a');
  });

  it('shares one refresh between concurrent callers, because the server rotates refresh tokens', async () => {
    const sut = setup();
    await signIn(sut);

    const first = sut.refresh();
    const second = sut.refresh();
    const req = http.expectOne('/api/auth/refresh');
    expect(req.request.body).toEqual({ refreshToken: 'refresh-1' });
    req.flush(tokens(2));

    expect(await first).toBe(true);
    expect(await second).toBe(true);
    expect(sut.accessToken()).toBe('access-2');
  });

  it('signs out locally when the refresh token is refused', async () => {
    const sut = setup();
    await signIn(sut);

    const done = sut.refresh();
    http
      .expectOne('/api/auth/refresh')
      .flush({ code: 'AUTH_REQUIRED', message: 'x' }, { status: 401, statusText: 'x' });

    expect(await done).toBe(false);
    expect(sut.isSignedIn()).toBe(false);
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('adds the bearer token and repeats a call once after refreshing on 401', async () => {
    const sut = setup();
    await signIn(sut);
    const client = TestBed.inject(HttpClient);

    const result = firstValueFrom(client.get<{ ok: boolean }>('/api/me'));
    const first = http.expectOne('/api/me');
    expect(first.request.headers.get('Authorization')).toBe('Bearer access-1');
    first.flush({ code: 'AUTH_TOKEN_EXPIRED', message: 'x' }, { status: 401, statusText: 'x' });

    await Promise.resolve();
    http.expectOne('/api/auth/refresh').flush(tokens(2));
    await new Promise((resolve) => setTimeout(resolve));
    const retry = http.expectOne('/api/me');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer access-2');
    retry.flush({ ok: true });

    expect(await result).toEqual({ ok: true });
  });

  it('goes to /login with the return URL when the refresh fails', async () => {
    const sut = setup();
    await signIn(sut);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);

    const result = firstValueFrom(TestBed.inject(HttpClient).get('/api/my/records')).catch((e) => e);
    http
      .expectOne('/api/my/records')
      .flush({ code: 'AUTH_TOKEN_EXPIRED', message: 'x' }, { status: 401, statusText: 'x' });
    await Promise.resolve();
    http
      .expectOne('/api/auth/refresh')
      .flush({ code: 'AUTH_REQUIRED', message: 'x' }, { status: 401, statusText: 'x' });

    expect((await result).status).toBe(401);
    expect(sut.isSignedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/login'], { queryParams: { returnUrl: '/' } });
  });

  it('forgets the session at sign-out and tells the server to drop the refresh token', async () => {
    const sut = setup();
    await signIn(sut);
    const done = sut.logout();
    expect(sut.isSignedIn()).toBe(false);
    const req = http.expectOne('/api/auth/logout');
    expect(req.request.body).toEqual({ refreshToken: 'refresh-1' });
    expect(req.request.headers.get('Authorization')).toBe('Bearer access-1');
    req.flush(null, { status: 204, statusText: 'No Content' });
    await done;
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('does not send a token to other origins', async () => {
    const sut = setup();
    await signIn(sut);
    TestBed.inject(HttpClient).get('https://example.org/x').subscribe();
    expect(http.expectOne('https://example.org/x').request.headers.has('Authorization')).toBe(false);
  });
});

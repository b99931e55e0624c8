import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { AuthTokens, Me } from '@lc/shared-contracts';
import { firstValueFrom } from 'rxjs';
import { authInterceptor } from './auth-interceptor';
import { SessionStore } from './session-store';

const user = { id: 'u1', fullName: 'Nguyễn Văn An', roles: [] } as unknown as Me;
const tokens = (n: number): AuthTokens => ({ accessToken: `access-${n}`, expiresIn: 900, user });

describe('authInterceptor', () => {
  let http: HttpTestingController;
  let client: HttpClient;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(HttpClient);
    const done = TestBed.inject(SessionStore).login({ login: '001099012345', password: 'secret123' });
    http.expectOne('/api/auth/login').flush(tokens(1));
    await done;
  });
  afterEach(() => http.verify());

  /** The Authorization header that a GET of `url` went out with, or null. */
  function authorizationSentTo(url: string): string | null {
    client.get(url).subscribe({ error: () => undefined });
    const req = http.expectOne(url);
    req.flush({});
    return req.request.headers.get('Authorization');
  }

  it('sends the bearer token to our API, by relative or absolute URL on this origin', () => {
    expect(location.origin).toBe('http://localhost');
    expect(authorizationSentTo('/api/me')).toBe('Bearer access-1');
    expect(authorizationSentTo('api/me')).toBe('Bearer access-1');
    expect(authorizationSentTo('http://localhost/api/me')).toBe('Bearer access-1');
  });

  it('never sends it to another host, port or scheme, however the URL is written', () => {
    for (const url of [
      'https://example.org/api/me',
      '//example.org/api/me',
      '/\\example.org/api/me',
      'http://localhost:8080/api/me',
      'https://localhost/api/me',
      'http://localhost.example.org/api/me',
      'http://user@example.org/api/me',
    ]) {
      expect({ url, sent: authorizationSentTo(url) }).toEqual({ url, sent: null });
    }
  });

  it('does not send it to our own files outside the API', () => {
    expect(authorizationSentTo('/h5p-standalone/frame.bundle.js')).toBeNull();
    expect(authorizationSentTo('/api-docs.json')).toBeNull();
  });

  it('keeps a header the caller set itself', () => {
    client.get('/api/me', { headers: { Authorization: 'Bearer other' } }).subscribe();
    const req = http.expectOne('/api/me');
    expect(req.request.headers.get('Authorization')).toBe('Bearer other');
    req.flush({});
  });

  it('refreshes once on a 401 and repeats the call with the new token', async () => {
    const result = firstValueFrom(client.get<{ ok: boolean }>('/api/me'));
    http.expectOne('/api/me').flush({ code: 'AUTH_TOKEN_EXPIRED', message: 'x' }, { status: 401, statusText: 'x' });
    await Promise.resolve();
    http.expectOne('/api/auth/refresh').flush(tokens(2));
    await new Promise((resolve) => setTimeout(resolve));
    const retry = http.expectOne('/api/me');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer access-2');
    retry.flush({ ok: true });
    expect(await result).toEqual({ ok: true });
  });

  it('does not refresh for a 401 of another host: its answer says nothing about our session', async () => {
    const result = firstValueFrom(client.get('https://example.org/api/me')).catch((e) => e);
    http.expectOne('https://example.org/api/me').flush({}, { status: 401, statusText: 'x' });
    expect((await result).status).toBe(401);
    http.expectNone('/api/auth/refresh');
  });

  it('signs out and goes to /login with the return URL when the refresh fails', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const result = firstValueFrom(client.get('/api/my/records')).catch((e) => e);
    http
      .expectOne('/api/my/records')
      .flush({ code: 'AUTH_TOKEN_EXPIRED', message: 'x' }, { status: 401, statusText: 'x' });
    await Promise.resolve();
    http
      .expectOne('/api/auth/refresh')
      .flush({ code: 'AUTH_REFRESH_INVALID', message: 'x' }, { status: 401, statusText: 'x' });
    await new Promise((resolve) => setTimeout(resolve));
    http.expectOne('/api/auth/logout').flush(null, { status: 204, statusText: 'No Content' });

    expect((await result).status).toBe(401);
    expect(TestBed.inject(SessionStore).isSignedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/login'], { queryParams: { returnUrl: '/' } });
  });
});

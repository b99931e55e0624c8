import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import {
  logoutWith,
  refreshCookieOf,
  refreshSetCookie,
  refreshWith,
  SAME_ORIGIN,
  signInWithCookie,
} from './testing/refresh-cookie';
import { bearer, createTestApp, createUser, PASSWORD } from './testing/test-app';

const attributes = (line: string | undefined) =>
  (line ?? '')
    .split(';')
    .slice(1)
    .map((a) => a.trim());

/** The refresh token lives in an httpOnly cookie, used only by requests of our own page (docs/adr/0010). */
describe('refresh cookie and CSRF (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
  });
  afterAll(() => app.close());

  const citizen = () => createUser(app, [{ role: 'citizen', areaId: '00004' }]);
  const me = (token: string) => http.get('/api/me').set({ Authorization: `Bearer ${token}` });

  it('signs in with the refresh token in an httpOnly, Secure, SameSite=Strict cookie on /api/auth only', async () => {
    const person = await citizen();
    const res = await http.post('/api/auth/login').send({ login: person.login, password: PASSWORD }).expect(200);
    const line = refreshSetCookie(res);
    expect(attributes(line)).toEqual(
      expect.arrayContaining(['Max-Age=2592000', 'Path=/api/auth', 'HttpOnly', 'Secure', 'SameSite=Strict']),
    );
    expect(attributes(line).some((a) => a.startsWith('Domain='))).toBe(false);
    const token = refreshCookieOf(res).split('=')[1];
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Object.keys(res.body).sort()).toEqual(['accessToken', 'expiresIn', 'user']);
    expect(JSON.stringify(res.body)).not.toContain(token);
  });

  it("refuses a sign-in that another site's page sent, so it cannot sign a visitor in to another account", async () => {
    const person = await citizen();
    const form = { login: person.login, password: PASSWORD };
    for (const headers of [{ 'Sec-Fetch-Site': 'cross-site' }, { Origin: 'https://evil.example' }]) {
      const res = await http.post('/api/auth/login').type('form').set(headers).send(form).expect(403);
      expect(res.body.code).toBe('AUTH_CSRF_REFUSED');
      expect(refreshSetCookie(res)).toBeUndefined();
    }
    await http.post('/api/auth/login').set('Sec-Fetch-Site', 'same-origin').send(form).expect(200);
  });

  it('refreshes with the cookie: a new access token in the body, the rotated refresh token in the cookie', async () => {
    const person = await citizen();
    const first = await signInWithCookie(app, person.login);
    const res = await refreshWith(app, first.cookie).expect(200);
    expect(Object.keys(res.body).sort()).toEqual(['accessToken', 'expiresIn', 'user']);
    const rotated = refreshCookieOf(res);
    expect(rotated).not.toBe(first.cookie);
    expect(attributes(refreshSetCookie(res))).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict']));
    await me(res.body.accessToken).expect(200);
    await refreshWith(app, rotated).expect(200);
  });

  it('refuses a refresh that another site may have sent with 403 AUTH_CSRF_REFUSED, and keeps the token', async () => {
    const person = await citizen();
    const { cookie } = await signInWithCookie(app, person.login);
    const tries = [
      {},
      { 'Sec-Fetch-Site': 'same-origin' },
      { 'X-LC-CSRF': '1', 'Sec-Fetch-Site': 'cross-site' },
      { 'X-LC-CSRF': '1', 'Sec-Fetch-Site': 'same-site' },
      { 'X-LC-CSRF': '1', Origin: 'https://evil.example' },
    ];
    for (const headers of tries) {
      const res = await http.post('/api/auth/refresh').set(headers).set('Cookie', cookie).expect(403);
      expect(res.body).toEqual({ code: 'AUTH_CSRF_REFUSED', message: expect.stringMatching(/tải lại trang/) });
      expect(refreshSetCookie(res)).toBeUndefined();
    }
    const sameHost = await http
      .post('/api/auth/refresh')
      .set({ 'X-LC-CSRF': '1', Host: 'hoctap.example', Origin: 'https://hoctap.example' })
      .set('Cookie', cookie)
      .expect(200);
    await me(sameHost.body.accessToken).expect(200);
  });

  it('answers a refresh without a cookie, or with a dead one, with 401 and clears the cookie', async () => {
    const none = await http.post('/api/auth/refresh').set(SAME_ORIGIN).expect(401);
    expect(none.body.code).toBe('AUTH_REFRESH_INVALID');
    const dead = await refreshWith(app, `lc_refresh=${'x'.repeat(43)}`).expect(401);
    expect(dead.body.code).toBe('AUTH_REFRESH_INVALID');
    for (const res of [none, dead]) {
      expect(refreshSetCookie(res)).toMatch(/^lc_refresh=; Path=\/api\/auth; Expires=Thu, 01 Jan 1970/);
    }
    // A token sent in the body, as before the cookie, is no longer read.
    const person = await citizen();
    const { cookie } = await signInWithCookie(app, person.login);
    const token = cookie.split('=')[1];
    await http.post('/api/auth/refresh').set(SAME_ORIGIN).send({ refreshToken: token }).expect(401);
  });

  it('answers hostile cookies with 401, never 500', async () => {
    const values = ['%00', 'a%00b', '%E0%A4%A', 'x'.repeat(8000), '"quoted"', ''];
    for (const value of values) {
      const res = await refreshWith(app, `lc_refresh=${value}; lc_refresh=second; other=1`);
      expect({ value: value.slice(0, 20), status: res.status, code: res.body.code }).toEqual({
        value: value.slice(0, 20),
        status: 401,
        code: 'AUTH_REFRESH_INVALID',
      });
    }
  });

  it('signs out with the cookie, even with no access token, and clears it; not without the CSRF proof', async () => {
    const person = await citizen();
    const session = await signInWithCookie(app, person.login);
    const forged = await http.post('/api/auth/logout').set('Cookie', session.cookie).expect(403);
    expect(forged.body.code).toBe('AUTH_CSRF_REFUSED');
    await me(session.accessToken).expect(200);

    const res = await logoutWith(app, session.cookie).expect(204);
    expect(refreshSetCookie(res)).toMatch(/^lc_refresh=; Path=\/api\/auth; Expires=Thu, 01 Jan 1970.*HttpOnly/);
    await refreshWith(app, session.cookie).expect(401);
    await me(session.accessToken).expect(401);
    // Signing out again, or without a cookie, is not an error: the browser may have lost it already.
    await logoutWith(app, session.cookie).expect(204);
    await http.post('/api/auth/logout').set(SAME_ORIGIN).expect(204);
  });

  it('clears the cookie when the person signs out everywhere', async () => {
    const person = await citizen();
    const session = await signInWithCookie(app, person.login);
    const res = await http.post('/api/auth/logout-all').set(bearer({ ...person, token: session.accessToken }));
    expect(res.status).toBe(204);
    expect(refreshSetCookie(res)).toMatch(/^lc_refresh=;.*Expires=Thu, 01 Jan 1970/);
    await refreshWith(app, session.cookie).expect(401);
  });

  it('leaves Secure off only when AUTH_COOKIE_SECURE=false', async () => {
    const plain = await createTestApp({ AUTH_COOKIE_SECURE: false });
    try {
      const person = await createUser(plain, [{ role: 'citizen', areaId: '00004' }]);
      const res = await request(plain.getHttpServer())
        .post('/api/auth/login')
        .send({ login: person.login, password: PASSWORD })
        .expect(200);
      expect(attributes(refreshSetCookie(res))).toEqual(
        expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/api/auth']),
      );
      expect(attributes(refreshSetCookie(res))).not.toContain('Secure');
    } finally {
      await plain.close();
    }
  });
});

import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { logoutWith, refreshCookieOf, refreshWith, signInWithCookie } from './testing/refresh-cookie';
import { bearer, createTestApp, createUser, PASSWORD, TestUser } from './testing/test-app';

/** Sessions that end (docs/adr/0009): sign-out, reuse of a refresh token, an admin's end-sessions, disable. */
describe('sessions that end (HTTP, PostgreSQL)', () => {
  const BA_DINH = '00004';
  const NGOC_HA = '00008';
  let app: INestApplication;
  // Another API process: it shares nothing with `app` but the database, so it hears of ends only through NOTIFY.
  let other: INestApplication;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    app = await createTestApp();
    other = await createTestApp();
    http = request(app.getHttpServer());
  });
  afterAll(async () => {
    await other.close();
    await app.close();
  });

  const signIn = (login: string) => signInWithCookie(app, login);
  const me = (token: string, on = app) =>
    request(on.getHttpServer())
      .get('/api/me')
      .set({ Authorization: `Bearer ${token}` });
  /** The old token must stop working within a second, on this process and on the other one. */
  const refusedWithin = async (token: string, on = app, ms = 1000) => {
    for (const until = Date.now() + ms; Date.now() < until; await new Promise((r) => setTimeout(r, 50))) {
      if ((await me(token, on)).status === 401) return true;
    }
    return (await me(token, on)).status === 401;
  };
  const refresh = (cookie: string) => refreshWith(app, cookie);
  const citizen = () => createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
  const admin = (areaId = BA_DINH) => createUser(app, [{ role: 'admin', areaId }]);
  const events = (userId: string) =>
    app
      .get(DataSource)
      .query(`SELECT action, actor_id AS "actorId", reason FROM account_event WHERE user_id = $1 ORDER BY created_at`, [
        userId,
      ]);

  it('signing out of one device ends that device only, at once, in every API process', async () => {
    const person = await citizen();
    const phone = await signIn(person.login);
    const laptop = await signIn(person.login);
    await me(phone.accessToken, other).expect(200);
    await logoutWith(app, phone.cookie).expect(204);
    expect(await refusedWithin(phone.accessToken)).toBe(true);
    expect(await refusedWithin(phone.accessToken, other)).toBe(true);
    await refresh(phone.cookie).expect(401);
    await me(laptop.accessToken).expect(200);
    await me(laptop.accessToken, other).expect(200);
    await refresh(laptop.cookie).expect(200);
  });

  it('signing out everywhere ends every session of the person; a new sign-in works', async () => {
    const person = await citizen();
    const phone = await signIn(person.login);
    await me(phone.accessToken, other).expect(200);
    await http.post('/api/auth/logout-all').set(bearer(person)).expect(204);
    expect(await refusedWithin(person.token)).toBe(true);
    expect(await refusedWithin(phone.accessToken, other)).toBe(true);
    await refresh(phone.cookie).expect(401);
    const again = await signIn(person.login);
    await me(again.accessToken).expect(200);
    expect(await events(person.id)).toEqual([{ action: 'sessions_ended', actorId: person.id, reason: null }]);
  });

  it('a reused refresh token ends every session, the access tokens of the sign-in included', async () => {
    const person = await citizen();
    const first = await signIn(person.login);
    const rotation = await refresh(first.cookie).expect(200);
    const rotated = { accessToken: rotation.body.accessToken as string, cookie: refreshCookieOf(rotation) };
    await me(rotated.accessToken, other).expect(200);
    const reuse = await refresh(first.cookie).expect(401);
    expect(reuse.body.code).toBe('AUTH_REFRESH_INVALID');
    expect(await refusedWithin(rotated.accessToken)).toBe(true);
    expect(await refusedWithin(rotated.accessToken, other)).toBe(true);
    expect(await refusedWithin(person.token)).toBe(true);
    await refresh(rotated.cookie).expect(401);
    expect((await events(person.id)).map((e: { action: string }) => e.action)).toEqual(['refresh_reuse']);
  });

  it("an admin of the person's area ends their sessions; they may sign in again", async () => {
    const person = await citizen();
    const tokens = await signIn(person.login);
    const boss = await admin();
    await me(tokens.accessToken, other).expect(200);
    await http.post(`/api/admin/users/${person.id}/session-end`).set(bearer(boss)).expect(204);
    expect(await refusedWithin(tokens.accessToken)).toBe(true);
    expect(await refusedWithin(tokens.accessToken, other)).toBe(true);
    await refresh(tokens.cookie).expect(401);
    await signIn(person.login);
    expect(await events(person.id)).toEqual([{ action: 'sessions_ended', actorId: boss.id, reason: null }]);
  });

  it('a disabled account cannot sign in, refresh or use its tokens; enabling restores sign-in', async () => {
    const person = await citizen();
    const tokens = await signIn(person.login);
    const boss = await admin();
    const reason = 'Chủ tài khoản báo mất điện thoại.';
    const disabled = await http
      .post(`/api/admin/users/${person.id}/disable`)
      .set(bearer(boss))
      .send({ reason: `  ${reason} ` })
      .expect(200);
    expect(disabled.body).toMatchObject({ id: person.id, disableReason: reason });
    expect(Date.parse(disabled.body.disabledAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(await refusedWithin(tokens.accessToken)).toBe(true);
    expect(await refusedWithin(person.token, other)).toBe(true);
    expect((await refresh(tokens.cookie).expect(401)).body.code).toBe('AUTH_REFRESH_INVALID');

    // The owner, who knows the password, is told whom to ask; anyone else gets the answer of a wrong password.
    const owner = await http.post('/api/auth/login').send({ login: person.login, password: PASSWORD }).expect(403);
    expect(owner.body.code).toBe('ACCOUNT_DISABLED');
    expect(owner.body.message).toMatch(/liên hệ cán bộ xã\/phường/);
    const guess = await http.post('/api/auth/login').send({ login: person.login, password: 'doan-bua-1' }).expect(401);
    const unknown = await http
      .post('/api/auth/login')
      .send({ login: '001099999999', password: 'doan-bua-1' })
      .expect(401);
    expect(guess.body).toEqual(unknown.body);

    await http
      .post(`/api/admin/users/${person.id}/disable`)
      .set(bearer(boss))
      .send({ reason })
      .expect(409)
      .expect((r) => expect(r.body.code).toBe('ACCOUNT_ALREADY_DISABLED'));
    const enabled = await http.post(`/api/admin/users/${person.id}/enable`).set(bearer(boss)).expect(200);
    expect(enabled.body).toMatchObject({ disabledAt: null, disableReason: null });
    const again = await signIn(person.login);
    await me(again.accessToken).expect(200);
    await refresh(again.cookie).expect(200);
    await http.post(`/api/admin/users/${person.id}/enable`).set(bearer(boss)).expect(409);
    expect(await events(person.id)).toEqual([
      { action: 'disabled', actorId: boss.id, reason },
      { action: 'enabled', actorId: boss.id, reason: null },
    ]);
  });

  it('a refresh token issued before the account was disabled does not refresh after it is enabled', async () => {
    const person = await citizen();
    const tokens = await signIn(person.login);
    const boss = await admin();
    await http.post(`/api/admin/users/${person.id}/disable`).set(bearer(boss)).send({ reason: 'Kiểm tra lại.' });
    await http.post(`/api/admin/users/${person.id}/enable`).set(bearer(boss)).expect(200);
    await refresh(tokens.cookie).expect(401);
    await me(tokens.accessToken).expect(401);
  });

  it('only an admin covering everything the person is and does may act, never on themselves', async () => {
    const person = await citizen();
    const boss = await admin();
    const elsewhere = await admin(NGOC_HA);
    const cityAdmin = await admin('01');
    const act = (who: TestUser, path: string, body: object = { reason: 'Lý do kiểm thử.' }) =>
      http.post(`/api/admin/users/${person.id}/${path}`).set(bearer(who)).send(body);
    for (const path of ['session-end', 'disable', 'enable']) {
      expect((await act(elsewhere, path).expect(404)).body.code).toBe('USER_NOT_FOUND');
      expect((await act(person, path).expect(403)).body.code).toBe('ROLE_REQUIRED');
    }
    expect((await act(boss, 'disable', { reason: ' ' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    await http.post(`/api/admin/users/not-a-uuid/session-end`).set(bearer(boss)).expect(400);
    for (const path of ['session-end', 'disable', 'enable']) {
      const self = await http
        .post(`/api/admin/users/${boss.id}/${path}`)
        .set(bearer(boss))
        .send({ reason: 'Tự khoá.' });
      expect(self.status).toBe(403);
      expect(self.body.code).toBe('ACCOUNT_SELF_FORBIDDEN');
    }
    // A commune admin cannot lock out someone who also holds a role of the whole city.
    await http
      .post('/api/admin/role-grants')
      .set(bearer(cityAdmin))
      .send({ userId: boss.id, role: 'admin', areaId: '01' })
      .expect(201);
    const peer = await admin();
    expect(
      (await http.post(`/api/admin/users/${boss.id}/disable`).set(bearer(peer)).send({ reason: 'Thử quyền.' })).status,
    ).toBe(403);
    await http.post(`/api/admin/users/${boss.id}/session-end`).set(bearer(cityAdmin)).expect(204);
    await me(person.token).expect(200);
  });

  it('answers 50+ concurrent requests with a token whose sessions are being ended with 200 or 401, never 500', async () => {
    const person = await citizen();
    const boss = await admin();
    const burst = Array.from({ length: 60 }, (_, i) =>
      new Promise((r) => setTimeout(r, i % 20)).then(() => me(person.token, i % 2 ? other : app)),
    );
    const [ended, ...answers] = await Promise.all([
      http.post(`/api/admin/users/${person.id}/session-end`).set(bearer(boss)),
      ...burst,
    ]);
    expect(ended.status).toBe(204);
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s !== 200 && s !== 401)).toEqual([]);
    expect(await refusedWithin(person.token)).toBe(true);
    expect(await refusedWithin(person.token, other)).toBe(true);
  });
});

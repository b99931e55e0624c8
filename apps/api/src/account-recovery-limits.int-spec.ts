import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { BA_DINH, NGOC_HA } from './testing/fixtures';
import { bearer, createTestApp, createUser, PASSWORD, TestUser } from './testing/test-app';

const CROWD = 50;

/** Account recovery under pressure (docs/adr/0017): limits, sign-in locks an admin lifts, one code used at once. */
describe('account recovery: limits, unlock, concurrency (HTTP, PostgreSQL)', () => {
  /** Lifted limits, for making people and the concurrent uses. */
  let app: INestApplication;
  /** Small limits; clients told apart by X-Forwarded-For. */
  let limited: INestApplication;
  let approver: TestUser;
  let admin: TestUser;
  let next = Math.floor(Math.random() * 60_000);
  const client = () => `198.19.${(next >> 8) & 255}.${next++ & 255}`;

  beforeAll(async () => {
    app = await createTestApp();
    limited = await createTestApp({
      TRUST_PROXY: 'loopback',
      RATE_LIMIT_PASSWORD_RESET: '3/3600',
      RATE_LIMIT_RESET_CODE_ISSUE: '2/3600',
      SIGN_IN_FREE_FAILURES: 3,
      SIGN_IN_LOCK_AFTER: 3,
      SIGN_IN_LOCK_SECONDS: 900,
    });
    approver = await createUser(app, [{ role: 'approver', areaId: BA_DINH }]);
    admin = await createUser(app, [{ role: 'admin', areaId: BA_DINH }]);
  });
  // Passport keeps one 'jwt' strategy for the whole process: the apps close together, at the end.
  afterAll(() => Promise.all([app, limited].map((a) => a?.close())));

  const citizen = () => createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
  const on = (a: INestApplication) => request(a.getHttpServer());
  const issue = (officer: TestUser, login: string, a = app) =>
    on(a).post('/api/password-reset-codes').set(bearer(officer)).send({ login, idCardChecked: true });
  const reset = (login: string, code: string, opts: { method?: string; password?: string; ip?: string } = {}) => {
    const req = on(opts.ip ? limited : app).post('/api/auth/password-resets');
    if (opts.ip) req.set('X-Forwarded-For', opts.ip);
    return req.send({
      method: opts.method ?? 'reset_code',
      login,
      code,
      newPassword: opts.password ?? 'Mat-khau-moi-1',
    });
  };
  const signIn = (login: string, password: string, ip: string) =>
    on(limited).post('/api/auth/login').set('X-Forwarded-For', ip).send({ login, password });
  const lockOut = async (login: string, ip: string) => {
    for (let i = 0; i < 3; i++) await signIn(login, 'sai-mat-khau', ip).expect(401);
    expect((await signIn(login, PASSWORD, ip).expect(429)).body.code).toBe('AUTH_LOCKED');
  };

  it('limits password resets per client address, and reset codes per officer', async () => {
    const person = await citizen();
    const ip = client();
    for (let i = 0; i < 3; i++) expect((await reset(person.login, '0000 0000', { ip })).status).toBe(422);
    const refused = await reset(person.login, '0000 0000', { ip }).expect(429);
    expect(refused.body.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await reset(person.login, '0000 0000', { ip: client() })).status).toBe(422);

    const officer = await createUser(app, [{ role: 'approver', areaId: BA_DINH }]);
    await issue(officer, person.login, limited).expect(201);
    await issue(officer, person.login, limited).expect(201);
    expect((await issue(officer, person.login, limited).expect(429)).body.code).toBe('RATE_LIMITED');
  });

  it('lets an admin covering the person lift a sign-in lock; others are refused; it is recorded', async () => {
    const person = await citizen();
    const ip = client();
    await lockOut(person.login, ip);
    const elsewhere = await createUser(app, [{ role: 'admin', areaId: NGOC_HA }]);
    const unlock = (who: TestUser) => on(app).post(`/api/admin/users/${person.id}/sign-in-unlock`).set(bearer(who));
    expect((await unlock(elsewhere).expect(404)).body.code).toBe('USER_NOT_FOUND');
    expect((await unlock(approver).expect(403)).body.code).toBe('ROLE_REQUIRED');
    expect((await unlock(person).expect(403)).body.code).toBe('ROLE_REQUIRED');
    await on(app).post(`/api/admin/users/${person.id}/sign-in-unlock`).expect(401);
    await signIn(person.login, PASSWORD, ip).expect(429);
    await unlock(admin).expect(204);
    await signIn(person.login, PASSWORD, ip).expect(200);
    const rows = await app
      .get(DataSource)
      .query(`SELECT action, actor_id AS "actorId" FROM account_event WHERE user_id = $1`, [person.id]);
    expect(rows).toEqual([{ action: 'sign_in_unlocked', actorId: admin.id }]);
  });

  it('lifts the sign-in lock of a login whose password was reset, so its owner gets in at once', async () => {
    const person = await citizen();
    const ip = client();
    await lockOut(person.login, ip);
    const { code } = (await issue(approver, person.login).expect(201)).body;
    await reset(person.login, code, { password: 'Mat-khau-sau-khoa' }).expect(200);
    await signIn(person.login, 'Mat-khau-sau-khoa', ip).expect(200);
  });

  it(`lets exactly one of ${CROWD} concurrent uses of one reset code set the password`, async () => {
    const person = await citizen();
    const { code } = (await issue(approver, person.login).expect(201)).body;
    const answers = await Promise.all(
      Array.from({ length: CROWD }, (_, i) => reset(person.login, code, { password: `Mat-khau-dong-thoi-${i}` })),
    );
    const won = answers.flatMap((res, i) => (res.status === 200 ? [i] : []));
    expect(won).toHaveLength(1);
    expect(answers.filter((res) => res.status === 422)).toHaveLength(CROWD - 1);
    await on(app)
      .post('/api/auth/login')
      .send({ login: person.login, password: `Mat-khau-dong-thoi-${won[0]}` })
      .expect(200);
    const [{ count }] = await app
      .get(DataSource)
      .query(`SELECT count(*)::int AS count FROM account_event WHERE user_id = $1 AND action LIKE 'password_reset%'`, [
        person.id,
      ]);
    expect(count).toBe(1);
  });

  it(`lets exactly one of ${CROWD} concurrent uses of one recovery code set the password`, async () => {
    const person = await citizen();
    const { recoveryCode } = (
      await on(app).post('/api/me/recovery-code').set(bearer(person)).send({ password: PASSWORD }).expect(201)
    ).body;
    const answers = await Promise.all(
      Array.from({ length: CROWD }, (_, i) =>
        reset(person.login, recoveryCode, { method: 'recovery_code', password: `Mat-khau-khoi-phuc-${i}` }),
      ),
    );
    const won = answers.flatMap((res, i) => (res.status === 200 ? [i] : []));
    expect(won).toHaveLength(1);
    expect(answers.filter((res) => res.status === 422)).toHaveLength(CROWD - 1);
    const fresh = answers[won[0]].body.recoveryCode;
    await reset(person.login, fresh, { method: 'recovery_code', password: 'Mat-khau-cuoi-cung' }).expect(200);
  });
});

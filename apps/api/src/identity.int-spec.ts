import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { makeCitizenId, PasswordHasher, UserEntity } from '@lc/api-identity';
import { logoutWith, refreshCookieOf, refreshWith, signInWithCookie } from './testing/refresh-cookie';
import { BA_DINH } from './testing/fixtures';
import { baDinhGroup, registrationOf } from './testing/registration';
import { createTestApp, createUser, PASSWORD } from './testing/test-app';

describe('identity (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let groupId: string;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    groupId = await baDinhGroup(app, 'int-g1', 'Tổ dân phố thử');
  });
  afterAll(() => app.close());

  const registration = (citizenId: string) => registrationOf(citizenId, groupId, 'Trần Văn Đăng Ký');

  it('registers a citizen, who then signs in and sees their own full ID number', async () => {
    const id = makeCitizenId(1990, 'male', 700000 + Math.floor(Math.random() * 99999));
    const me = await http.post('/api/auth/register').send(registration(id)).expect(201);
    expect(me.body).toMatchObject({
      citizenId: id,
      communeName: 'Phường Ba Đình',
      roles: [{ role: 'citizen', areaId: BA_DINH }],
    });
    const tokens = await http.post('/api/auth/login').send({ login: id, password: PASSWORD }).expect(200);
    expect(tokens.body.accessToken).toBeTruthy();
    const again = await http.post('/api/auth/register').send(registration(id)).expect(409);
    expect(again.body.code).toBe('CITIZEN_ID_TAKEN');
  });

  it('refuses an ID number that does not fit the birth year, with a message and no account', async () => {
    const res = await http.post('/api/auth/register').send(registration('001085001234')).expect(422);
    expect(res.body).toEqual({ code: 'CITIZEN_ID_INVALID', message: 'Số định danh không khớp với năm sinh.' });
  });

  it('answers malformed input with one error shape, never a 500', async () => {
    const res = await http.post('/api/auth/register').send({ fullName: 'x', citizenId: 'abc' }).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.message).toMatch(/12 chữ số/);
  });

  it('rotates refresh tokens and ends the sign-in when a rotated token comes back', async () => {
    const user = await createUser(app, [{ role: 'trainer', areaId: '01' }]);
    const first = await signInWithCookie(app, user.login);
    const second = refreshCookieOf(await refreshWith(app, first.cookie).expect(200));
    await refreshWith(app, first.cookie).expect(401);
    await refreshWith(app, second).expect(401);
  });

  it('signs out by revoking the refresh token', async () => {
    const user = await createUser(app, [{ role: 'analyst', areaId: '01' }]);
    const { cookie } = await signInWithCookie(app, user.login);
    await logoutWith(app, cookie).expect(204);
    await refreshWith(app, cookie).expect(401);
  });

  it('upgrades a password hash made with older settings when its owner signs in', async () => {
    const person = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    const users = app.get(DataSource).getRepository(UserEntity);
    const old = await new PasswordHasher({ memoryKiB: 65_536, timeCost: 3, parallelism: 4 }).hash(PASSWORD);
    await users.update(person.id, { passwordHash: old });
    await http.post('/api/auth/login').send({ login: person.login, password: PASSWORD }).expect(200);
    const { passwordHash } = await users.findOneByOrFail({ id: person.id });
    expect(passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await http.post('/api/auth/login').send({ login: person.login, password: PASSWORD }).expect(200);
  });

  // Locking, other clients and the address limits: rate-limits.int-spec.ts.
  it('slows repeated failed sign-ins from one client, for a registered and an unknown login alike', async () => {
    const user = await createUser(app, [{ role: 'trainer', areaId: '01' }]);
    const logins = [user.login, `u-${Date.now()}`];
    const blocked = [];
    for (const login of logins) {
      for (let i = 0; i < 3; i++)
        await http.post('/api/auth/login').send({ login, password: 'wrong-password' }).expect(401);
      blocked.push(await http.post('/api/auth/login').send({ login, password: PASSWORD }).expect(429));
    }
    for (const res of blocked) {
      expect(res.body).toMatchObject({ code: 'AUTH_LOCKED', message: blocked[0].body.message });
      expect(['1', '2']).toContain(res.headers['retry-after']);
    }
    // A wait, not a lock: once it is over, the owner gets in.
    await new Promise((done) => setTimeout(done, 2100));
    await http.post('/api/auth/login').send({ login: user.login, password: PASSWORD }).expect(200);
  });
});

import { INestApplication } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AreaEntity } from '@lc/api-areas';
import { AuthUserCache, makeCitizenId, PasswordHasher, UserEntity } from '@lc/api-identity';
import { bearer, createTestApp, createUser, PASSWORD } from './testing/test-app';

describe('identity (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  const BA_DINH = '00004';
  let groupId: string;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    groupId = `${BA_DINH}-int-g1`;
    await app
      .get(DataSource)
      .getRepository(AreaEntity)
      .upsert(
        {
          id: groupId,
          code: groupId,
          name: 'Tổ dân phố thử',
          kind: 'group',
          unitType: 'tổ dân phố',
          parentId: BA_DINH,
          path: `01.${BA_DINH}.${groupId}`,
        },
        ['id'],
      );
  });
  afterAll(() => app.close());

  const registration = (citizenId: string) => ({
    fullName: 'Trần Văn Đăng Ký',
    citizenId,
    birthYear: 1990,
    gender: 'male',
    communeId: BA_DINH,
    groupId,
    populationGroup: 'workers',
    password: PASSWORD,
  });

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
    const first = await http.post('/api/auth/login').send({ login: user.login, password: PASSWORD }).expect(200);
    const second = await http.post('/api/auth/refresh').send({ refreshToken: first.body.refreshToken }).expect(200);
    await http.post('/api/auth/refresh').send({ refreshToken: first.body.refreshToken }).expect(401);
    await http.post('/api/auth/refresh').send({ refreshToken: second.body.refreshToken }).expect(401);
  });

  it('signs out by revoking the refresh token', async () => {
    const user = await createUser(app, [{ role: 'analyst', areaId: '01' }]);
    const tokens = await http.post('/api/auth/login').send({ login: user.login, password: PASSWORD }).expect(200);
    await http.post('/api/auth/logout').set(bearer(user)).send({ refreshToken: tokens.body.refreshToken }).expect(204);
    await http.post('/api/auth/refresh').send({ refreshToken: tokens.body.refreshToken }).expect(401);
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

  it('slows and then locks repeated failed sign-ins', async () => {
    const user = await createUser(app, [{ role: 'trainer', areaId: '01' }]);
    for (let i = 0; i < 3; i++)
      await http.post('/api/auth/login').send({ login: user.login, password: 'wrong-password' }).expect(401);
    const blocked = await http.post('/api/auth/login').send({ login: user.login, password: PASSWORD }).expect(429);
    expect(blocked.body.code).toBe('AUTH_LOCKED');
  });

  it('requires sign-in by default and an admin for role grants', async () => {
    await http.get('/api/me').expect(401);
    const fullName = `Phạm Thị Tìm ${Date.now()}`;
    const citizen = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }], { fullName });
    await http.get('/api/admin/users').set(bearer(citizen)).expect(403);
    const admin = await createUser(app, [{ role: 'admin', areaId: '01' }]);
    const grant = await http
      .post('/api/admin/role-grants')
      .set(bearer(admin))
      .send({ userId: citizen.id, role: 'verifier', areaId: BA_DINH })
      .expect(201);
    expect(grant.body).toMatchObject({ role: 'verifier', areaName: 'Phường Ba Đình' });
    const list = await http
      .get(`/api/admin/users?q=${encodeURIComponent(fullName)}`)
      .set(bearer(admin))
      .expect(200);
    const listed = list.body.find((u: { id: string }) => u.id === citizen.id);
    expect(listed.citizenIdMasked).toMatch(/^\*{8}\d{4}$/);
    expect(JSON.stringify(list.body)).not.toContain(citizen.login);
  });

  it('lets an admin grant and revoke roles only inside their own area', async () => {
    const person = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    const communeAdmin = await createUser(app, [{ role: 'admin', areaId: BA_DINH }]);
    const inOwn = await http
      .post('/api/admin/role-grants')
      .set(bearer(communeAdmin))
      .send({ userId: person.id, role: 'verifier', areaId: BA_DINH })
      .expect(201);
    const outside = await http
      .post('/api/admin/role-grants')
      .set(bearer(communeAdmin))
      .send({ userId: person.id, role: 'approver', areaId: '00008' })
      .expect(403);
    expect(outside.body.code).toBe('AREA_FORBIDDEN');
    await http
      .post('/api/admin/role-grants')
      .set(bearer(communeAdmin))
      .send({ userId: person.id, role: 'analyst', areaId: '01' })
      .expect(403);
    const cityAdmin = await createUser(app, [{ role: 'admin', areaId: '01' }]);
    const cityGrant = await http
      .post('/api/admin/role-grants')
      .set(bearer(cityAdmin))
      .send({ userId: person.id, role: 'approver', areaId: '00008' })
      .expect(201);
    await http.delete(`/api/admin/role-grants/${cityGrant.body.id}`).set(bearer(communeAdmin)).expect(403);
    await http.delete(`/api/admin/role-grants/${inOwn.body.id}`).set(bearer(communeAdmin)).expect(204);
    await http.delete(`/api/admin/role-grants/${inOwn.body.id}`).set(bearer(communeAdmin)).expect(404);
  });

  it('applies a granted or revoked role on the next request, and tells the other API processes', async () => {
    const person = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    const admin = await createUser(app, [{ role: 'admin', areaId: BA_DINH }]);
    // Another API process's cache: it shares nothing with this one but the database.
    const other = new AuthUserCache(app.get(DataSource), app.get(ConfigService));
    await other.onModuleInit();
    let loads = 0;
    const load = async () => (++loads, null);
    const reloadsWithin = async (ms: number) => {
      const before = loads;
      for (const until = Date.now() + ms; loads === before && Date.now() < until; ) {
        await new Promise((r) => setTimeout(r, 50));
        await other.get(person.id, load);
      }
      return loads > before;
    };
    try {
      await other.get(person.id, load);
      await other.get(person.id, load);
      expect(loads).toBe(1);

      await http.get('/api/applications').set(bearer(person)).expect(403);
      const grant = await http
        .post('/api/admin/role-grants')
        .set(bearer(admin))
        .send({ userId: person.id, role: 'verifier', areaId: BA_DINH })
        .expect(201);
      await http.get('/api/applications').set(bearer(person)).expect(200);
      expect(await reloadsWithin(3000)).toBe(true);

      await http.delete(`/api/admin/role-grants/${grant.body.id}`).set(bearer(admin)).expect(204);
      await http.get('/api/applications').set(bearer(person)).expect(403);
      expect(await reloadsWithin(3000)).toBe(true);
    } finally {
      await other.onApplicationShutdown();
    }
  });

  it('shows an admin only the people of their own area, and grants content reviewers city-wide only', async () => {
    const name = `Hoàng Văn Xa ${Date.now()}`;
    const faraway = await createUser(app, [{ role: 'citizen', areaId: '00008' }], { fullName: name });
    const communeAdmin = await createUser(app, [{ role: 'admin', areaId: BA_DINH }]);
    const cityAdmin = await createUser(app, [{ role: 'admin', areaId: '01' }]);
    const q = `/api/admin/users?q=${encodeURIComponent(name)}`;
    expect((await http.get(q).set(bearer(communeAdmin)).expect(200)).body).toEqual([]);
    expect((await http.get(q).set(bearer(cityAdmin)).expect(200)).body.map((u: { id: string }) => u.id)).toEqual([
      faraway.id,
    ]);
    const res = await http
      .post('/api/admin/role-grants')
      .set(bearer(communeAdmin))
      .send({ userId: faraway.id, role: 'content_reviewer', areaId: BA_DINH })
      .expect(422);
    expect(res.body.code).toBe('GRANT_AREA_INVALID');
  });
});

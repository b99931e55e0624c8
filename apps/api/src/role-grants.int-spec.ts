import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppConfig } from '@lc/api-shared';
import { AuthUserCache } from '@lc/api-identity';
import { bearer, createTestApp, createUser, TestUser } from './testing/test-app';

describe('role grants (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  const BA_DINH = '00004';

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
  });
  afterAll(() => app.close());

  const revoke = (admin: TestUser, grantId: string, body: object = { reason: 'Không còn đảm nhiệm vai trò này.' }) =>
    http.post(`/api/admin/role-grants/${grantId}/revocation`).set(bearer(admin)).send(body);

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
    // A grant outside the admin's area is answered like a revoked or unknown one (ADR 0027).
    expect((await revoke(communeAdmin, cityGrant.body.id).expect(404)).body.code).toBe('GRANT_NOT_FOUND');
    await revoke(communeAdmin, inOwn.body.id).expect(204);
    await revoke(communeAdmin, inOwn.body.id).expect(404);
  });

  it('applies a granted or revoked role on the next request, and tells the other API processes', async () => {
    const person = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    const admin = await createUser(app, [{ role: 'admin', areaId: BA_DINH }]);
    // Another API process's cache: it shares nothing with this one but the database.
    const other = new AuthUserCache(app.get(DataSource), app.get(AppConfig));
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

      await revoke(admin, grant.body.id).expect(204);
      await http.get('/api/applications').set(bearer(person)).expect(403);
      expect(await reloadsWithin(3000)).toBe(true);
    } finally {
      await other.onApplicationShutdown();
    }
  });

  it('shows an admin only the people of their own area, and city-wide roles only a city admin grants', async () => {
    const name = `Hoàng Văn Xa ${Date.now()}`;
    const faraway = await createUser(app, [{ role: 'citizen', areaId: '00008' }], { fullName: name });
    const communeAdmin = await createUser(app, [{ role: 'admin', areaId: BA_DINH }]);
    const cityAdmin = await createUser(app, [{ role: 'admin', areaId: '01' }]);
    const q = `/api/admin/users?q=${encodeURIComponent(name)}`;
    expect((await http.get(q).set(bearer(communeAdmin)).expect(200)).body).toEqual([]);
    expect((await http.get(q).set(bearer(cityAdmin)).expect(200)).body.map((u: { id: string }) => u.id)).toEqual([
      faraway.id,
    ]);
    const grantTo = (who: TestUser, role: string, areaId: string) =>
      http.post('/api/admin/role-grants').set(bearer(who)).send({ userId: faraway.id, role, areaId });
    // Trainers and reviewers act for the whole city whatever the area of their grant.
    for (const role of ['content_reviewer', 'trainer']) {
      expect((await grantTo(communeAdmin, role, BA_DINH).expect(403)).body.code).toBe('GRANT_CITY_ROLE_FORBIDDEN');
      expect((await grantTo(communeAdmin, role, '01').expect(403)).body.code).toBe('GRANT_CITY_ROLE_FORBIDDEN');
      expect((await grantTo(cityAdmin, role, BA_DINH).expect(422)).body.code).toBe('GRANT_AREA_INVALID');
      await grantTo(cityAdmin, role, '01').expect(201);
    }
  });

  it('refuses any grant an admin would make to themselves, a city admin too', async () => {
    const communeAdmin = await createUser(app, [{ role: 'admin', areaId: BA_DINH }]);
    const cityAdmin = await createUser(app, [{ role: 'admin', areaId: '01' }]);
    for (const [who, areaId] of [
      [communeAdmin, BA_DINH],
      [cityAdmin, '01'],
      [cityAdmin, BA_DINH],
    ] as const) {
      for (const role of ['verifier', 'approver', 'analyst', 'admin']) {
        const res = await http
          .post('/api/admin/role-grants')
          .set(bearer(who))
          .send({ userId: who.id, role, areaId })
          .expect(403);
        expect(res.body).toEqual({ code: 'GRANT_SELF_FORBIDDEN', message: expect.any(String) });
      }
    }
    const [{ n }] = await app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM role_grant WHERE user_id = ANY($1)`, [[communeAdmin.id, cityAdmin.id]]);
    expect(n).toBe(2); // their own admin grants, nothing more
  });

  it('keeps a revoked role as history (who, when, why), out of force everywhere, and lets it be granted again', async () => {
    const fullName = `Lê Thị Lịch Sử ${Date.now()}`;
    const person = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }], { fullName });
    const admin = await createUser(app, [{ role: 'admin', areaId: BA_DINH }]);
    const grant = await http
      .post('/api/admin/role-grants')
      .set(bearer(admin))
      .send({ userId: person.id, role: 'verifier', areaId: BA_DINH })
      .expect(201);
    // A reason is required, and blanks are none.
    for (const body of [{}, { reason: '' }, { reason: '      ' }, { reason: 'abc' }])
      expect((await revoke(admin, grant.body.id, body).expect(400)).body.code).toBe('VALIDATION_FAILED');
    await http.get('/api/applications').set(bearer(person)).expect(200);

    const before = Date.now();
    await revoke(admin, grant.body.id, { reason: '  Chuyển công tác sang xã khác.  ' }).expect(204);
    const [row] = await app
      .get(DataSource)
      .query(`SELECT role, granted_by, revoked_at, revoked_by, revoke_reason FROM role_grant WHERE id = $1`, [
        grant.body.id,
      ]);
    expect(row).toMatchObject({
      role: 'verifier',
      granted_by: admin.id,
      revoked_by: admin.id,
      revoke_reason: 'Chuyển công tác sang xã khác.',
    });
    expect(row.revoked_at.getTime()).toBeGreaterThanOrEqual(before - 1000);

    // Out of force for sign-in, for the admin's list and for the person's own profile.
    await http.get('/api/applications').set(bearer(person)).expect(403);
    const roles = async () => {
      const me = (await http.get('/api/me').set(bearer(person)).expect(200)).body;
      const listed = (
        await http
          .get(`/api/admin/users?q=${encodeURIComponent(fullName)}`)
          .set(bearer(admin))
          .expect(200)
      ).body.find((u: { id: string }) => u.id === person.id);
      return [me.roles.map((g: { role: string }) => g.role), listed.roles.map((g: { role: string }) => g.role)];
    };
    expect(await roles()).toEqual([['citizen'], ['citizen']]);

    // A revocation is final; the same role can be granted again as a new grant.
    await revoke(admin, grant.body.id).expect(404);
    const again = await http
      .post('/api/admin/role-grants')
      .set(bearer(admin))
      .send({ userId: person.id, role: 'verifier', areaId: BA_DINH })
      .expect(201);
    expect(again.body.id).not.toBe(grant.body.id);
    expect(await roles()).toEqual([
      ['citizen', 'verifier'],
      ['citizen', 'verifier'],
    ]);
    await http.get('/api/applications').set(bearer(person)).expect(200);
  });

  it("lists only people who hold an active role in the admin's area", async () => {
    const fullName = `Đinh Văn Từng ${Date.now()}`;
    // Lives in another commune; once held a role in Ba Đình.
    const person = await createUser(app, [{ role: 'citizen', areaId: '00008' }], { fullName });
    const cityAdmin = await createUser(app, [{ role: 'admin', areaId: '01' }]);
    const communeAdmin = await createUser(app, [{ role: 'admin', areaId: BA_DINH }]);
    const grant = await http
      .post('/api/admin/role-grants')
      .set(bearer(cityAdmin))
      .send({ userId: person.id, role: 'verifier', areaId: BA_DINH })
      .expect(201);
    const q = `/api/admin/users?q=${encodeURIComponent(fullName)}`;
    expect((await http.get(q).set(bearer(communeAdmin)).expect(200)).body).toHaveLength(1);
    await revoke(communeAdmin, grant.body.id).expect(204);
    expect((await http.get(q).set(bearer(communeAdmin)).expect(200)).body).toEqual([]);
  });
});

import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { Area, CommuneMatch } from '@lc/shared-contracts';
import { BA_DINH, CITY, NGOC_HA } from './testing/fixtures';
import { bearer, createTestApp, createUser, TestUser } from './testing/test-app';

describe('areas (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let admin: TestUser;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    admin = await createUser(app, [{ role: 'admin', areaId: CITY }]);
  });
  afterAll(() => app.close());

  const uniqueName = (label: string) => `Tổ dân phố ${label} ${Math.random().toString(36).slice(2, 8)}`;

  it("lists Hà Nội's 126 communes and wards (51 phường, 75 xã) without sign-in", async () => {
    const res = await http.get('/api/areas/communes').expect(200);
    const communes: Area[] = res.body;
    expect(communes).toHaveLength(126);
    expect(communes.filter((c) => c.unitType === 'phường')).toHaveLength(51);
    expect(communes.filter((c) => c.unitType === 'xã')).toHaveLength(75);
    expect(communes.every((c) => c.kind === 'commune' && c.parentId === CITY)).toBe(true);
    expect(communes.find((c) => c.id === BA_DINH)).toMatchObject({ name: 'Phường Ba Đình', code: BA_DINH });
    expect(communes.find((c) => c.id === NGOC_HA)).toMatchObject({ name: 'Phường Ngọc Hà' });
  });

  // Vietnamese-first product (PRODUCT.md): people pick their commune from this list, so Đ follows D and Ô follows O.
  it('sorts the communes by name in Vietnamese alphabetical order', async () => {
    const names: string[] = (await http.get('/api/areas/communes').expect(200)).body.map((c: Area) => c.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
  });

  it('finds communes by their names before July 2025: a former ward, or a former district', async () => {
    const search = async (q: string): Promise<CommuneMatch[]> =>
      (await http.get('/api/areas/communes/search').query({ q }).expect(200)).body;
    const kimMa = await search('Kim Mã');
    expect(kimMa.map((m) => m.commune.name)).toEqual(['Phường Ba Đình', 'Phường Giảng Võ', 'Phường Ngọc Hà']);
    expect(kimMa.find((m) => m.commune.name === 'Phường Giảng Võ')).toEqual({
      commune: expect.objectContaining({ id: '00025', kind: 'commune' }),
      formerUnits: [{ name: 'Phường Kim Mã', district: 'Quận Ba Đình', whole: false }],
    });
    const district = (await search('quận Ba Đình')).map((m) => m.commune.name);
    expect(district).toEqual(expect.arrayContaining(['Phường Ba Đình', 'Phường Giảng Võ', 'Phường Ngọc Hà']));
    expect(district).not.toContain('Phường Cầu Giấy');
    expect((await search('giang vo'))[0]).toMatchObject({ commune: { name: 'Phường Giảng Võ' }, formerUnits: [] });
    expect(await search('')).toEqual([]);
  });

  it("lets an admin create a residential group, which then appears in the commune's groups", async () => {
    const name = uniqueName('số 1');
    const created = await http
      .post(`/api/areas/${BA_DINH}/groups`)
      .set(bearer(admin))
      .send({ name: `  ${name} ` })
      .expect(201);
    expect(created.body).toMatchObject({ name, kind: 'group', parentId: BA_DINH });
    const groups: Area[] = (await http.get(`/api/areas/${BA_DINH}/groups`).expect(200)).body;
    expect(groups.map((g) => g.id)).toContain(created.body.id);
    const other: Area[] = (await http.get(`/api/areas/${NGOC_HA}/groups`).expect(200)).body;
    expect(other.map((g) => g.id)).not.toContain(created.body.id);
  });

  it('refuses a second group with the same name in the same commune (409 GROUP_EXISTS), but allows it in another', async () => {
    const name = uniqueName('trùng');
    await http.post(`/api/areas/${BA_DINH}/groups`).set(bearer(admin)).send({ name }).expect(201);
    const again = await http.post(`/api/areas/${BA_DINH}/groups`).set(bearer(admin)).send({ name }).expect(409);
    expect(again.body).toEqual({ code: 'GROUP_EXISTS', message: expect.stringContaining('Phường Ba Đình') });
    await http.post(`/api/areas/${NGOC_HA}/groups`).set(bearer(admin)).send({ name }).expect(201);
    const groups: Area[] = (await http.get(`/api/areas/${BA_DINH}/groups`).expect(200)).body;
    expect(groups.filter((g) => g.name === name)).toHaveLength(1);
  });

  // The name check and the insert are not atomic: the unique index (area_group_name_uq) catches the race, and its
  // error leaves as 500 INTERNAL instead of 409 GROUP_EXISTS. Five rounds of six requests make the race near certain.
  it('answers admins adding the same group at once with one 201 and 409s, never a 500', async () => {
    const statuses: number[][] = [];
    for (let round = 0; round < 5; round++) {
      const name = uniqueName('đồng thời');
      const results = await Promise.all(
        Array.from({ length: 6 }, () => http.post(`/api/areas/${BA_DINH}/groups`).set(bearer(admin)).send({ name })),
      );
      statuses.push(results.map((r) => r.status).sort());
    }
    expect(statuses).toEqual(Array.from({ length: 5 }, () => [201, 409, 409, 409, 409, 409]));
  });

  it('refuses a citizen (403) and an anonymous caller (401), and creates nothing', async () => {
    const citizen = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    const name = uniqueName('trái phép');
    const refused = await http.post(`/api/areas/${BA_DINH}/groups`).set(bearer(citizen)).send({ name }).expect(403);
    expect(refused.body).toEqual({ code: 'ROLE_REQUIRED', message: expect.any(String) });
    await http.post(`/api/areas/${BA_DINH}/groups`).send({ name }).expect(401);
    const groups: Area[] = (await http.get(`/api/areas/${BA_DINH}/groups`).expect(200)).body;
    expect(groups.map((g) => g.name)).not.toContain(name);
  });

  it('answers an unknown commune with 404 AREA_NOT_FOUND, and a group or the city is not a commune either', async () => {
    const unknown = await http
      .post('/api/areas/99999/groups')
      .set(bearer(admin))
      .send({ name: uniqueName('x') })
      .expect(404);
    expect(unknown.body).toEqual({ code: 'AREA_NOT_FOUND', message: expect.any(String) });
    await http
      .post(`/api/areas/${CITY}/groups`)
      .set(bearer(admin))
      .send({ name: uniqueName('x') })
      .expect(404);
    const group = await http
      .post(`/api/areas/${BA_DINH}/groups`)
      .set(bearer(admin))
      .send({ name: uniqueName('cha') })
      .expect(201);
    await http
      .post(`/api/areas/${group.body.id}/groups`)
      .set(bearer(admin))
      .send({ name: uniqueName('con') })
      .expect(404);
  });

  it('validates the group name with the common error shape', async () => {
    const res = await http.post(`/api/areas/${BA_DINH}/groups`).set(bearer(admin)).send({ name: 'x' }).expect(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('2 đến 120') });
  });

  // PRODUCT.md §1: roles are granted per area and nobody may act outside their area; the service never checks it.
  it('refuses an admin whose grant is on another commune (403 AREA_FORBIDDEN)', async () => {
    const ngocHaAdmin = await createUser(app, [{ role: 'admin', areaId: NGOC_HA }]);
    const res = await http
      .post(`/api/areas/${BA_DINH}/groups`)
      .set(bearer(ngocHaAdmin))
      .send({ name: uniqueName('ngoài') });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('AREA_FORBIDDEN');
  });
});

import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { CommuneContact } from '@lc/shared-contracts';
import { BA_DINH, CITY, NGOC_HA } from './testing/fixtures';
import { bearer, createTestApp, createUser, TestUser } from './testing/test-app';

describe('commune contacts for the help page (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let cityAdmin: TestUser;
  let baDinhAdmin: TestUser;
  let ngocHaAdmin: TestUser;
  let citizen: TestUser;
  let approver: TestUser;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    cityAdmin = await createUser(app, [{ role: 'admin', areaId: CITY }]);
    baDinhAdmin = await createUser(app, [{ role: 'admin', areaId: BA_DINH }]);
    ngocHaAdmin = await createUser(app, [{ role: 'admin', areaId: NGOC_HA }]);
    citizen = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }], { communeId: BA_DINH });
    approver = await createUser(app, [{ role: 'approver', areaId: BA_DINH }]);
  });
  afterAll(() => app.close());

  const contactOf = async (communeId: string): Promise<CommuneContact> =>
    (await http.get(`/api/areas/${communeId}/contact`).expect(200)).body;

  it('says a contact is not set rather than inventing one, to anyone, signed in or not', async () => {
    await http.put(`/api/areas/${NGOC_HA}/contact`).set(bearer(cityAdmin)).send({ contact: '' }).expect(200);
    expect(await contactOf(NGOC_HA)).toEqual({
      communeId: NGOC_HA,
      communeName: 'Phường Ngọc Hà',
      contact: null,
      updatedAt: null,
    });
  });

  it('lets a city admin and the commune’s own admin set it, and shows it publicly', async () => {
    const text = 'Bộ phận Một cửa UBND phường Ba Đình, tầng 1, sáng thứ Hai đến thứ Sáu';
    const set = await http
      .put(`/api/areas/${BA_DINH}/contact`)
      .set(bearer(cityAdmin))
      .send({ contact: ` ${text} ` });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ communeId: BA_DINH, contact: text });
    expect((await contactOf(BA_DINH)).contact).toBe(text);
    await http.put(`/api/areas/${BA_DINH}/contact`).set(bearer(baDinhAdmin)).send({ contact: 'Chi hội Khuyến học' });
    expect(await contactOf(BA_DINH)).toMatchObject({ contact: 'Chi hội Khuyến học', updatedAt: expect.any(String) });
  });

  it('refuses everyone else and keeps the contact as it was', async () => {
    const before = (await contactOf(BA_DINH)).contact;
    const put = (user?: TestUser) => {
      const req = http.put(`/api/areas/${BA_DINH}/contact`);
      return (user ? req.set(bearer(user)) : req).send({ contact: 'Số giả 0900 000 000' });
    };
    expect((await put()).status).toBe(401);
    expect((await put(citizen)).body.code).toBe('ROLE_REQUIRED');
    expect((await put(approver)).body.code).toBe('ROLE_REQUIRED');
    const otherCommune = await put(ngocHaAdmin);
    expect([otherCommune.status, otherCommune.body.code]).toEqual([403, 'AREA_FORBIDDEN']);
    expect((await contactOf(BA_DINH)).contact).toBe(before);
  });

  it('answers bad input with a code, never a 500', async () => {
    const put = (communeId: string, body: unknown) =>
      http
        .put(`/api/areas/${communeId}/contact`)
        .set(bearer(cityAdmin))
        .send(body as object);
    expect((await put(BA_DINH, { contact: 'x'.repeat(501) })).body.code).toBe('VALIDATION_FAILED');
    expect((await put(BA_DINH, { contact: 'hai\ndòng' })).body.code).toBe('VALIDATION_FAILED');
    expect((await put(BA_DINH, {})).body.code).toBe('VALIDATION_FAILED');
    expect((await put(CITY, { contact: 'Thành phố' })).body).toMatchObject({ code: 'AREA_NOT_FOUND' });
    expect((await http.get('/api/areas/khong-co/contact')).body.code).toBe('AREA_NOT_FOUND');
  });

  it('keeps one whole contact after 50 concurrent updates by admins', async () => {
    const texts = Array.from({ length: 50 }, (_, i) => `Liên hệ số ${i} — cán bộ văn hoá xã hội`);
    const answers = await Promise.all(
      texts.map((contact, i) =>
        http
          .put(`/api/areas/${BA_DINH}/contact`)
          .set(bearer(i % 2 ? cityAdmin : baDinhAdmin))
          .send({ contact }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(texts.map(() => 200));
    const rows = await app
      .get(DataSource)
      .query(`SELECT contact FROM commune_contact WHERE commune_id = $1`, [BA_DINH]);
    expect(rows).toHaveLength(1);
    expect(texts).toContain(rows[0].contact);
    expect((await contactOf(BA_DINH)).contact).toBe(rows[0].contact);
  });
});

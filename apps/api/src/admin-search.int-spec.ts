import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { UserSummary } from '@lc/shared-contracts';
import { BA_DINH, CITY } from './testing/fixtures';
import { bearer, createTestApp, createUser, TestUser } from './testing/test-app';

describe('admin person search (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let admin: TestUser;
  let person: TestUser;
  const tag = Date.now().toString(36);
  const fullName = `Đỗ Thị Hoà Tìm ${tag}`;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    admin = await createUser(app, [{ role: 'admin', areaId: CITY }]);
    person = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }], { fullName });
  });
  afterAll(() => app.close());

  const search = async (q: string, who = admin): Promise<string[]> => {
    const res = await http
      .get(`/api/admin/users?q=${encodeURIComponent(q)}`)
      .set(bearer(who))
      .expect(200);
    return (res.body as UserSummary[]).map((u) => u.id);
  };

  it('finds a person by their whole citizen ID, however it is grouped, and never by a part of it', async () => {
    const id = person.login;
    expect(await search(id)).toEqual([person.id]);
    expect(await search(id.replace(/(\d{3})(?=\d)/g, '$1 '))).toEqual([person.id]);
    for (const part of [id.slice(0, 11), id.slice(1), id.slice(0, 6), id.slice(-4), `${id}0`]) {
      expect(await search(part)).toEqual([]);
    }
  });

  it('finds a name without its diacritics, in any case, and with other spellings of the accents', async () => {
    for (const q of [`do thi hoa tim ${tag}`, `ĐỖ THỊ HOÀ TÌM ${tag}`, `Hòa Tìm ${tag}`, `hoa tim ${tag}`]) {
      expect(await search(q)).toContain(person.id);
    }
    expect(await search(`Hòa Tìm ${tag}`.normalize('NFD'))).toContain(person.id);
    expect(await search(`hoa tim khac ${tag}`)).not.toContain(person.id);
  });

  it("takes LIKE's wildcards in a query literally", async () => {
    expect(await search('%')).toEqual([]);
    expect(await search('_')).toEqual([]);
    expect(await search(`%${tag}`)).toEqual([]);
  });

  it('keeps the search to admins, and to people of their own area', async () => {
    await http.get(`/api/admin/users?q=${person.login}`).set(bearer(person)).expect(403);
    await http.get(`/api/admin/users?q=${person.login}`).expect(401);
    const elsewhere = await createUser(app, [{ role: 'admin', areaId: '00008' }]);
    expect(await search(person.login, elsewhere)).toEqual([]);
    expect(await search(`hoa tim ${tag}`, elsewhere)).toEqual([]);
  });
});

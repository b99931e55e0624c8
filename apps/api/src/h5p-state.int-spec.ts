import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { H5pUserDataGrant } from '@lc/shared-contracts';
import { BA_DINH, CITY, draftCourse, materials, publishedCourse, samplePackage } from './testing/fixtures';
import { bearer, createTestApp, createUser, createUsers, TestUser } from './testing/test-app';

const CROWD = 50;

/** Issue 12 §3: a learner's half-done interactive resumes on another visit or device. */
describe("learners' H5P state (HTTP, PostgreSQL)", () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let materialId: string;

  beforeAll(async () => {
    app = await createTestApp({ H5P_STATE_MAX_KB: 1 });
    http = request(app.getHttpServer());
    materialId = materials((await publishedCourse(app, { h5p: true })).course)[0]!.id;
  });
  afterAll(() => app.close());

  const citizen = () => createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
  const grantOf = async (who: TestUser, id = materialId): Promise<H5pUserDataGrant> =>
    (await http.get(`/api/materials/${id}/user-data`).set(bearer(who)).expect(200)).body;
  /** As H5P's core sends it: a form, to the grant's URL, with the data type and sub-content in the path. */
  const save = (url: string, data: string) =>
    http.post(`${url}/state/0`).type('form').send({ data, preload: '1', invalidate: '1' });

  it('keeps what the player saves, per person, and gives it back on the next visit', async () => {
    const [ana, binh] = [await citizen(), await citizen()];
    const first = await grantOf(ana);
    expect(first).toMatchObject({ state: null, saveFreqSeconds: expect.any(Number) });
    expect((await http.get(`${first.url}/state/0`).expect(200)).body).toEqual({ success: true, data: false });
    expect((await save(first.url, '{"answers":[[1]],"current":1}').expect(200)).body).toEqual({ success: true });
    expect((await grantOf(ana)).state).toBe('{"answers":[[1]],"current":1}');
    expect((await http.get(`${first.url}/state/0`).expect(200)).body.data).toBe('{"answers":[[1]],"current":1}');
    expect((await grantOf(binh)).state).toBeNull();
    await save(first.url, '0').expect(200);
    expect((await grantOf(ana)).state).toBeNull();
  });

  it('refuses a state over H5P_STATE_MAX_KB, one that is not JSON, and other data types', async () => {
    const { url } = await grantOf(await citizen());
    const big = await save(url, JSON.stringify({ text: 'x'.repeat(2000) })).expect(413);
    expect(big.body.code).toBe('H5P_STATE_TOO_LARGE');
    expect((await save(url, '{not json').expect(422)).body.code).toBe('H5P_STATE_INVALID');
    await http.post(`${url}/other/0`).type('form').send({ data: '{}' }).expect(404);
    await http.post(`${url}/state/7`).type('form').send({ data: '{}' }).expect(404);
  });

  it('gives grants to citizens for published materials only, and honours no forged or foreign grant', async () => {
    const ana = await citizen();
    const trainer = await createUser(app, [{ role: 'trainer', areaId: CITY }]);
    await http.get(`/api/materials/${materialId}/user-data`).set(bearer(trainer)).expect(403);
    await http.get(`/api/materials/${materialId}/user-data`).expect(401);
    const { trainer: author, course } = await draftCourse(app);
    const draft = await http
      .post(`/api/courses/${course.id}/materials/h5p`)
      .set(bearer(author))
      .field('title', 'Nháp')
      .attach('file', samplePackage(), 'a.h5p')
      .expect(201);
    await http
      .get(`/api/materials/${materials(draft.body)[0]!.id}/user-data`)
      .set(bearer(ana))
      .expect(404);

    const { url } = await grantOf(ana);
    const forged = url.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    await save(forged, '{}').expect(404);
    const otherMaterial = url.replace(materialId, materials(draft.body)[0]!.id);
    await save(otherMaterial, '{}').expect(404);
  });

  it(`saves the states of ${CROWD} learners sent at once, and one learner's ${CROWD} saves at once`, async () => {
    const learners = await createUsers(app, CROWD, [{ role: 'citizen', areaId: BA_DINH }]);
    const grants = await Promise.all(learners.map((l) => grantOf(l)));
    const saved = await Promise.all(grants.map((g, i) => save(g.url, JSON.stringify({ current: i }))));
    expect(saved.map((r) => r.status)).toEqual(Array(CROWD).fill(200));
    const back = await Promise.all(learners.map((l) => grantOf(l)));
    expect(back.map((g) => g.state)).toEqual(learners.map((_, i) => JSON.stringify({ current: i })));
    const [one] = grants;
    const burst = await Promise.all(Array.from({ length: CROWD }, (_, i) => save(one!.url, `{"n":${i}}`)));
    expect(burst.map((r) => r.status)).toEqual(Array(CROWD).fill(200));
    expect((await grantOf(learners[0]!)).state).toMatch(/^\{"n":\d+\}$/);
  });

  describe('rate limit', () => {
    let limited: INestApplication;
    beforeAll(async () => {
      limited = await createTestApp({ RATE_LIMIT_H5P_STATE: '3/60' });
    });
    afterAll(() => limited.close());

    it("counts each learner's saves on their own, and answers a flood with 429", async () => {
      const server = request(limited.getHttpServer());
      const grant = async (who: TestUser) =>
        (await server.get(`/api/materials/${materialId}/user-data`).set(bearer(who)).expect(200)).body.url as string;
      const [ana, binh] = [await citizen(), await citizen()];
      const [urlA, urlB] = [await grant(ana), await grant(binh)];
      const post = (url: string) => server.post(`${url}/state/0`).type('form').send({ data: '{}' });
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await post(urlA)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      expect((await post(urlB)).status).toBe(200);
    });
  });
});

import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { Application, Attempt } from '@lc/shared-contracts';
import { makeCitizenId } from '@lc/api-identity';
import {
  answerKey,
  BA_DINH,
  newCourse,
  publishedCourse,
  scores,
  submittedApplication,
  THIS_YEAR,
  TODAY,
  trainerItems,
} from './testing/fixtures';
import { refreshWith, signInWithCookie } from './testing/refresh-cookie';
import { bearer, createTestApp, createUser, createUsers, PASSWORD, TestUser } from './testing/test-app';

/**
 * Every write path that opens a transaction, hit by 50 requests at once. The pool is smaller than the crowd, so
 * a transaction that asks the pool for a second connection deadlocks the API; these tests then time out.
 */
describe('concurrent writes (HTTP, PostgreSQL)', () => {
  const CROWD = 50;
  let app: INestApplication;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
  });
  afterAll(() => app.close());

  const all = <T>(people: TestUser[], call: (p: TestUser, i: number) => Promise<T>) =>
    Promise.all(people.map((p, i) => call(p, i)));

  it(`grades ${CROWD} test submissions sent at the same moment, each once`, async () => {
    const { course } = await publishedCourse(app, { items: trainerItems() });
    const testId = course.modules[0].materials.find((m) => m.kind === 'test')!.testId!;
    const citizens = await createUsers(app, CROWD, [{ role: 'citizen', areaId: BA_DINH }]);
    const attempts = await all(
      citizens,
      async (c) => (await http.post(`/api/tests/${testId}/attempts`).set(bearer(c)).expect(200)).body as Attempt,
    );
    const key = await answerKey(
      app,
      attempts[0].items.map((i) => i.id),
    );
    // Everyone answers every item right, all at once.
    await all(citizens, (c, i) =>
      Promise.all(
        [...key].map(([itemId, response]) =>
          http.put(`/api/attempts/${attempts[i].id}/answers/${itemId}`).set(bearer(c)).send(response).expect(204),
        ),
      ),
    );

    const submitted = await all(citizens, (c, i) =>
      http.post(`/api/attempts/${attempts[i].id}/submission`).set(bearer(c)),
    );

    expect(submitted.map((r) => r.status)).toEqual(Array(CROWD).fill(200));
    for (const res of submitted) {
      expect(res.body.status).toBe('submitted');
      expect(res.body.result).toMatchObject({ score: 5, maxScore: 5 });
      expect(res.body.result.suggestedCourses).toEqual(expect.any(Array));
    }
    const records = await all(
      citizens,
      async (c) => (await http.get('/api/my/records').set(bearer(c)).expect(200)).body,
    );
    expect(records.map((r) => r.filter((x: { objectType: string }) => x.objectType === 'test').length)).toEqual(
      Array(CROWD).fill(1),
    );
  });

  it(`submits ${CROWD} applications sent at the same moment`, async () => {
    const citizens = await createUsers(app, CROWD, [{ role: 'citizen', areaId: BA_DINH }]);
    const drafts = await all(citizens, async (c) => {
      const opened = (await http.post('/api/my/applications').set(bearer(c)).send({ year: THIS_YEAR }).expect(200))
        .body;
      await http.put(`/api/applications/${opened.id}/scores`).set(bearer(c)).send({ scores: scores() }).expect(200);
      return opened as Application;
    });

    const submitted = await all(citizens, (c, i) =>
      http.post(`/api/applications/${drafts[i].id}/submission`).set(bearer(c)),
    );

    expect(submitted.map((r) => r.status)).toEqual(Array(CROWD).fill(200));
    expect(submitted.map((r) => r.body.status)).toEqual(Array(CROWD).fill('submitted'));
  });

  it(`records ${CROWD} verifications and ${CROWD} decisions sent at the same moment`, async () => {
    const citizens = await createUsers(app, CROWD, [{ role: 'citizen', areaId: BA_DINH }]);
    const apps = await all(citizens, (c) => submittedApplication(app, c));
    const verifier = await createUser(app, [{ role: 'verifier', areaId: BA_DINH }]);
    const approver = await createUser(app, [{ role: 'approver', areaId: BA_DINH }]);

    const verified = await Promise.all(
      apps.map((a) =>
        http.post(`/api/applications/${a.id}/verification`).set(bearer(verifier)).send({ scores: scores() }),
      ),
    );
    expect(verified.map((r) => r.status)).toEqual(Array(CROWD).fill(200));

    const decided = await Promise.all(
      apps.map((a, i) =>
        http
          .post('/api/decisions')
          .set(bearer(approver))
          .send({
            communeId: BA_DINH,
            number: `${i + 1}-${Date.now()}/QĐ-UBND`,
            signedOn: TODAY,
            signerName: 'Trần Văn Ký',
            applicationIds: [a.id],
          }),
      ),
    );
    expect(decided.map((r) => r.status)).toEqual(Array(CROWD).fill(201));

    const after = await all(
      citizens,
      async (c, i) => (await http.get(`/api/applications/${apps[i].id}`).set(bearer(c))).body,
    );
    expect(after.map((a) => a.status)).toEqual(Array(CROWD).fill('recognised'));
    expect(new Set(after.map((a) => a.certificateCode)).size).toBe(CROWD);
  });

  it(`registers ${CROWD} citizens at once, and one ID number sent ${CROWD} times only once`, async () => {
    const admin = await createUser(app, [{ role: 'admin', areaId: BA_DINH }]);
    const group = await http
      .post(`/api/areas/${BA_DINH}/groups`)
      .set(bearer(admin))
      .send({ name: `Tổ đồng thời ${Date.now()}` })
      .expect(201);
    const registration = (serial: number) => ({
      fullName: 'Nguyễn Văn Đồng Thời',
      citizenId: makeCitizenId(1991, 'male', 600_000 + (serial % 99_999)),
      birthYear: 1991,
      gender: 'male',
      communeId: BA_DINH,
      groupId: group.body.id,
      populationGroup: 'other',
      password: PASSWORD,
    });
    const base = Math.floor(Math.random() * 90_000);
    const distinct = await Promise.all(
      Array.from({ length: CROWD }, (_, i) => http.post('/api/auth/register').send(registration(base + i))),
    );
    expect(distinct.map((r) => r.status)).toEqual(Array(CROWD).fill(201));

    const same = registration(base + CROWD);
    const repeated = await Promise.all(Array.from({ length: CROWD }, () => http.post('/api/auth/register').send(same)));
    expect(repeated.filter((r) => r.status === 201)).toHaveLength(1);
    expect(repeated.every((r) => r.status === 201 || r.status === 409)).toBe(true);
  });

  it(`rotates ${CROWD} refresh cookies at once, and one cookie sent ${CROWD} times only once`, async () => {
    const citizens = await createUsers(app, CROWD, [{ role: 'citizen', areaId: BA_DINH }]);
    const cookies = await all(citizens, async (c) => (await signInWithCookie(app, c.login)).cookie);
    const rotated = await Promise.all(cookies.map((cookie) => refreshWith(app, cookie)));
    expect(rotated.map((r) => r.status)).toEqual(Array(CROWD).fill(200));

    const one = (await signInWithCookie(app, citizens[0].login)).cookie;
    const raced = await Promise.all(Array.from({ length: CROWD }, () => refreshWith(app, one)));
    expect(raced.filter((r) => r.status === 200)).toHaveLength(1);
    expect(raced.every((r) => r.status === 200 || r.status === 401)).toBe(true);
  });

  it(`creates ${CROWD} courses at once, each with its module`, async () => {
    const trainer = await createUser(app, [{ role: 'trainer', areaId: '01' }]);
    const created = await Promise.all(
      Array.from({ length: CROWD }, (_, i) =>
        http
          .post('/api/courses')
          .set(bearer(trainer))
          .send(newCourse(`Khoá học đồng thời ${i}`)),
      ),
    );
    expect(created.map((r) => r.status)).toEqual(Array(CROWD).fill(201));
    expect(created.every((r) => r.body.modules.length === 1)).toBe(true);
  });

  it(`disables and enables ${CROWD} accounts at once, each action kept once`, async () => {
    const boss = await createUser(app, [{ role: 'admin', areaId: BA_DINH }]);
    const citizens = await createUsers(app, CROWD, [{ role: 'citizen', areaId: BA_DINH }]);
    const act = (c: TestUser, action: 'disable' | 'enable') =>
      http
        .post(`/api/admin/users/${c.id}/${action}`)
        .set(bearer(boss))
        .send(action === 'disable' ? { reason: 'Kiểm tra đồng thời.' } : {});
    expect((await all(citizens, (c) => act(c, 'disable'))).map((r) => r.status)).toEqual(Array(CROWD).fill(200));
    const twice = await Promise.all([act(citizens[0], 'enable'), act(citizens[0], 'enable')]);
    expect(twice.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await all(citizens.slice(1), (c) => act(c, 'enable'))).map((r) => r.status)).toEqual(
      Array(CROWD - 1).fill(200),
    );
  });
});

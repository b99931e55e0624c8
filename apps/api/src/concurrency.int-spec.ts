import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { Application, Attempt } from '@lc/shared-contracts';
import {
  answerKey,
  BA_DINH,
  publishedCourse,
  scores,
  submittedApplication,
  THIS_YEAR,
  TODAY,
  trainerItems,
} from './testing/fixtures';
import { bearer, createTestApp, createUser, createUsers, TestUser } from './testing/test-app';

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
        [...key].map(([itemId, optionIds]) =>
          http.put(`/api/attempts/${attempts[i].id}/answers/${itemId}`).set(bearer(c)).send({ optionIds }).expect(204),
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
});

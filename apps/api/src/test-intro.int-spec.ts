import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { Attempt, MyTestStanding, TestIntro } from '@lc/shared-contracts';
import { BA_DINH, CITY, draftCourseWithTest, materials, publishedCourse, trainerItems } from './testing/fixtures';
import { asOwner, bearer, createTestApp, createUser } from './testing/test-app';
import { keyedItems, rightResponse } from './testing/item-answers';

describe('what a test is, before it is started (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let ds: DataSource;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    ds = app.get(DataSource);
  });
  afterAll(() => app.close());

  const attempts = async () => Number((await ds.query('SELECT count(*) AS n FROM test_attempt'))[0].n);

  it("tells anyone a published test's questions, time, pass mark and course, without its items or a start", async () => {
    const { course } = await publishedCourse(app, { items: trainerItems(6) });
    const testId = materials(course)[0].testId!;
    const before = await attempts();
    const body: TestIntro = (await http.get(`/api/tests/${testId}`).expect(200)).body;
    expect(body).toEqual({
      testId,
      title: expect.objectContaining({ vi: expect.any(String) }),
      questionCount: 6,
      timeLimitSeconds: 1200,
      passPercent: 60,
      retakeCooldownMinutes: 0,
      course: { id: course.id, title: course.title },
    });
    expect(JSON.stringify(body)).not.toMatch(/Câu hỏi thử|"items"|"correct"/);
    expect(await attempts()).toBe(before);
  });

  it('does not show the test of a draft course, even to its author, nor an unknown one', async () => {
    const { trainer, testId: draft } = await draftCourseWithTest(app);
    for (const call of [http.get(`/api/tests/${draft}`), http.get(`/api/tests/${draft}`).set(bearer(trainer))]) {
      expect((await call.expect(404)).body).toEqual({ code: 'TEST_NOT_FOUND', message: expect.any(String) });
    }
    await http.get('/api/tests/00000000-0000-4000-8000-000000000000').expect(404);
    expect((await http.get('/api/tests/not-a-uuid').expect(400)).body.code).toEqual(expect.stringMatching(/^[A-Z_]+$/));
  });

  describe("a citizen's own standing at a test", () => {
    const citizen = () => createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    const standing = async (testId: string, who: Awaited<ReturnType<typeof citizen>>) =>
      (await http.get(`/api/my/tests/${testId}`).set(bearer(who)).expect(200)).body as MyTestStanding;

    it('shows the open attempt, then the latest result, to its owner only, and starts nothing', async () => {
      const { course } = await publishedCourse(app, { items: trainerItems(6) });
      const testId = materials(course)[0].testId!;
      const [me, other] = await Promise.all([citizen(), citizen()]);
      const before = await attempts();
      expect(await standing(testId, me)).toEqual({ open: null, last: null, retakeAt: null });
      expect(await attempts()).toBe(before);

      const started: Attempt = (await http.post(`/api/tests/${testId}/attempts`).set(bearer(me)).expect(200)).body;
      expect(await standing(testId, me)).toEqual({
        open: { attemptId: started.id, deadlineAt: started.deadlineAt },
        last: null,
        retakeAt: null,
      });
      expect(await standing(testId, other)).toEqual({ open: null, last: null, retakeAt: null });

      for (const item of await keyedItems(
        app,
        started.items.map((i) => i.id),
      )) {
        await http.put(`/api/attempts/${started.id}/answers/${item.id}`).set(bearer(me)).send(rightResponse(item));
      }
      const submitted: Attempt = (await http.post(`/api/attempts/${started.id}/submission`).set(bearer(me)).expect(200))
        .body;
      expect(submitted.result).toMatchObject({ score: 6, maxScore: 6 });
      expect(await standing(testId, me)).toEqual({
        open: null,
        last: { attemptId: started.id, submittedAt: expect.any(String), score: 6, maxScore: 6, passed: true },
        retakeAt: null,
      });
      expect(await standing(testId, other)).toEqual({ open: null, last: null, retakeAt: null });
    });

    it('says when a test with a retake wait can be taken again, the same time its start refuses until', async () => {
      const { course } = await publishedCourse(app, { items: trainerItems(6) });
      const testId = materials(course)[0].testId!;
      await asOwner((owner) => owner.query('UPDATE test SET retake_cooldown_minutes = 30 WHERE id = $1', [testId]));
      const me = await citizen();
      const started: Attempt = (await http.post(`/api/tests/${testId}/attempts`).set(bearer(me)).expect(200)).body;
      await http.post(`/api/attempts/${started.id}/submission`).set(bearer(me)).expect(200);

      const mine = await standing(testId, me);
      expect(mine.last).toMatchObject({ score: 0, passed: false });
      const wait = Date.parse(mine.retakeAt!) - Date.parse(mine.last!.submittedAt);
      expect(wait).toBe(30 * 60_000);
      const refused = await http.post(`/api/tests/${testId}/attempts`).set(bearer(me)).expect(409);
      expect(refused.body.code).toBe('ATTEMPT_COOLDOWN');
    });

    it('answers only citizens, and only about published tests', async () => {
      const { trainer, testId: draft } = await draftCourseWithTest(app);
      const { course } = await publishedCourse(app, { items: trainerItems(6) });
      const testId = materials(course)[0].testId!;
      await http.get(`/api/my/tests/${testId}`).expect(401);
      await http.get(`/api/my/tests/${testId}`).set(bearer(trainer)).expect(403);
      const analyst = await createUser(app, [{ role: 'analyst', areaId: CITY }]);
      await http.get(`/api/my/tests/${testId}`).set(bearer(analyst)).expect(403);
      const me = await citizen();
      expect((await http.get(`/api/my/tests/${draft}`).set(bearer(me)).expect(404)).body.code).toBe('TEST_NOT_FOUND');
      expect((await http.get('/api/my/tests/not-a-uuid').set(bearer(me)).expect(400)).body.code).toEqual(
        expect.stringMatching(/^[A-Z_]+$/),
      );
    });
  });
});

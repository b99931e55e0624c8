import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { TestIntro } from '@lc/shared-contracts';
import { draftCourseWithTest, materials, publishedCourse, trainerItems } from './testing/fixtures';
import { bearer, createTestApp } from './testing/test-app';

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
});

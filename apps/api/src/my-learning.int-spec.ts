import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { CourseProgress, LearningRecord } from '@lc/shared-contracts';
import { BA_DINH, CITY, materials, passTest, publishedCourse, trainerItems } from './testing/fixtures';
import { bearer, createTestApp, createUser } from './testing/test-app';

const COMPLETED = 'http://adlnet.gov/expapi/verbs/completed';
const ticked = (course: CourseProgress) => course.lessons.filter((l) => l.done).map((l) => l.materialId);

describe('my learning: course progress (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
  });
  afterAll(() => app.close());

  const newCitizen = () => createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
  const report = (materialId: string, token: ReturnType<typeof bearer>, result: Record<string, unknown>) =>
    http
      .post(`/api/materials/${materialId}/xapi`)
      .set(token)
      .send({ statement: { verb: { id: COMPLETED }, result } })
      .expect(201);
  const progress = async (token: ReturnType<typeof bearer>): Promise<CourseProgress[]> =>
    (await http.get('/api/my/course-progress').set(token).expect(200)).body;

  it('ticks a completed lesson and a passed test, and the course once all are done', async () => {
    const { course } = await publishedCourse(app, { h5p: true, items: trainerItems() });
    const [lesson, test] = materials(course);
    const citizen = await newCitizen();

    await report(lesson.id, bearer(citizen), { completion: false });
    let [mine] = await progress(bearer(citizen));
    expect(mine).toMatchObject({ courseId: course.id, completed: false });
    expect(mine.lessons).toEqual([
      { materialId: lesson.id, title: lesson.title, kind: 'h5p', done: false },
      { materialId: test.id, title: test.title, kind: 'test', done: false },
    ]);

    await report(lesson.id, bearer(citizen), { completion: true, score: { raw: 1, max: 1 } });
    [mine] = await progress(bearer(citizen));
    expect([ticked(mine), mine.completed]).toEqual([[lesson.id], false]);

    const attempt = await passTest(app, citizen, String(test.testId));
    [mine] = await progress(bearer(citizen));
    expect(ticked(mine)).toEqual([lesson.id, test.id]);
    expect(mine.completed).toBe(true);
    expect(mine.title).toEqual(course.title);

    const records: LearningRecord[] = (await http.get('/api/my/records').set(bearer(citizen)).expect(200)).body;
    expect(records.find((r) => r.objectType === 'test')).toMatchObject({ attemptId: attempt.id, trust: 'verified' });
    expect(records.filter((r) => r.objectType === 'h5p_material').map((r) => r.attemptId)).toEqual([null, null]);
  });

  it('does not tick a test from a failed attempt nor from a browser report claiming success', async () => {
    const { course } = await publishedCourse(app, { h5p: true, items: trainerItems() });
    const [lesson, test] = materials(course);
    const citizen = await newCitizen();
    await report(lesson.id, bearer(citizen), { success: true, score: { raw: 1, max: 1 } });
    const attempt = (await http.post(`/api/tests/${test.testId}/attempts`).set(bearer(citizen)).expect(200)).body;
    await http.post(`/api/attempts/${attempt.id}/submission`).set(bearer(citizen)).expect(200);

    const [mine] = await progress(bearer(citizen));
    expect([mine.courseId, ticked(mine), mine.completed]).toEqual([course.id, [], false]);
  });

  it("shows only the caller's own courses, to citizens only", async () => {
    const { course } = await publishedCourse(app, { h5p: true });
    const citizen = await newCitizen();
    await report(materials(course)[0].id, bearer(citizen), { completion: true });

    expect(await progress(bearer(await newCitizen()))).toEqual([]);
    const trainer = await createUser(app, [{ role: 'trainer', areaId: CITY }]);
    await http.get('/api/my/course-progress').set(bearer(trainer)).expect(403);
    await http.get('/api/my/course-progress').expect(401);
  });
});

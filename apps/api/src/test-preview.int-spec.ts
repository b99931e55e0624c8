import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { TestPreview } from '@lc/shared-contracts';
import { BA_DINH, CITY, draftCourseWithTest, materials, publishedCourse, trainerItems } from './testing/fixtures';
import { bearer, createTestApp, createUser, TestUser } from './testing/test-app';

describe('previewing a saved test as a learner sees it (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let ds: DataSource;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    ds = app.get(DataSource);
  });
  afterAll(() => app.close());

  const preview = (testId: string, who: TestUser) => http.get(`/api/tests/${testId}/preview`).set(bearer(who));
  const counts = async () =>
    (await ds.query(`SELECT (SELECT count(*) FROM test_attempt) a, (SELECT count(*) FROM learning_record) r`))[0];

  it('shows the author their draft test in order, without keys or explanations, and records nothing', async () => {
    const { trainer, testId } = await draftCourseWithTest(app);
    const before = await counts();
    const body: TestPreview = (await preview(testId, trainer).expect(200)).body;
    expect(body.title).toEqual({ vi: 'Bài nháp' });
    expect(body.items.map((i) => [i.type, i.stem.vi])).toEqual([
      ['single_choice', 'Câu hỏi thử số 1?'],
      ['multiple_choice', 'Câu hỏi nhiều lựa chọn 2?'],
      ['single_choice', 'Câu hỏi thử số 3?'],
      ['multiple_choice', 'Câu hỏi nhiều lựa chọn 4?'],
      ['single_choice', 'Câu hỏi thử số 5?'],
    ]);
    expect(body.items[1].options.map((o) => o.text.vi)).toEqual(['Một', 'Hai', 'Ba', 'Bốn']);
    expect(JSON.stringify(body)).not.toMatch(/"(correct|answer|key|explanation)"|Vì đó là cách an toàn/);
    expect(await counts()).toEqual(before);
  });

  it('lets any content reviewer preview at any status, and the author after publication', async () => {
    const { trainer, testId } = await draftCourseWithTest(app);
    const reviewer = await createUser(app, [{ role: 'content_reviewer', areaId: CITY }]);
    expect((await preview(testId, reviewer).expect(200)).body.items).toHaveLength(5);

    const published = await publishedCourse(app, { items: trainerItems(6) });
    const publishedTest = materials(published.course)[0].testId!;
    expect((await preview(publishedTest, published.trainer).expect(200)).body.items).toHaveLength(6);
    expect((await preview(publishedTest, reviewer).expect(200)).body.items).toHaveLength(6);
    await preview(testId, trainer).expect(200);
  });

  it('refuses other trainers (as missing), citizens, officers and anonymous callers', async () => {
    const { testId } = await draftCourseWithTest(app);
    const published = materials((await publishedCourse(app, { items: trainerItems(5) })).course)[0].testId!;
    const other = await createUser(app, [{ role: 'trainer', areaId: CITY }]);
    for (const id of [testId, published]) {
      const res = await preview(id, other).expect(404);
      expect(res.body).toEqual({ code: 'TEST_NOT_FOUND', message: expect.any(String) });
    }
    const citizen = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    const verifier = await createUser(app, [{ role: 'verifier', areaId: BA_DINH }]);
    await preview(published, citizen).expect(403);
    await preview(published, verifier).expect(403);
    await http.get(`/api/tests/${published}/preview`).expect(401);
    await preview('00000000-0000-4000-8000-000000000000', other).expect(404);
    expect((await preview('not-a-uuid', other).expect(400)).body.code).toEqual(expect.stringMatching(/^[A-Z_]+$/));
  });
});

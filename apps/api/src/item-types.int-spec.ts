import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { Attempt, ItemResponse, SkillsAttempt } from '@lc/shared-contracts';
import { TestEntity } from '@lc/api-assessment';
import { CatalogService } from '@lc/api-catalog';
import { managerOf, Transactions } from '@lc/api-shared';
import { BA_DINH, CITY, draftCourse } from './testing/fixtures';
import { KeyedItem, keyedItems, rightResponse, wrongResponse } from './testing/item-answers';
import { bearer, createTestApp, createUser, createUsers, TestUser } from './testing/test-app';

const NEW_TYPES = ['short_answer', 'ordering', 'matching', 'hotspot'] as const;
const CROWD = 50;
/** What a citizen must never receive: keys, correctness before submission, region geometry, matching answers. */
const KEY_FIELDS = /"(answer|accepted|order|regionId|regions|pairs|correct|explanation|x|y|numeric)"/;

describe('short answer, ordering, matching and hotspot items (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let db: DataSource;
  let testId: string;
  /** One bank item of each new type, key included, in the order of the test. */
  let items: KeyedItem[];

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    db = app.get(DataSource);
    const ids: { id: string }[] = await db.query(
      `SELECT DISTINCT ON (type) id FROM test_item WHERE source = 'bank' AND status = 'published'
         AND type = ANY($1) ORDER BY type, id`,
      [[...NEW_TYPES]],
    );
    const keyed = await keyedItems(
      db,
      ids.map((r) => r.id),
    );
    items = NEW_TYPES.map((type) => keyed.find((i) => i.type === type)!);
    const { trainer, course } = await draftCourse(app);
    const title = { vi: 'Bốn loại câu hỏi' };
    await app.get(Transactions).run(async (work) => {
      const test = await managerOf(work)
        .getRepository(TestEntity)
        .save({ title, itemIds: items.map((i) => i.id), passPercent: 50 });
      const material = { courseId: course.id, testId: test.id, title, itemCount: items.length };
      await app.get(CatalogService).addTestMaterial(work, material);
      testId = test.id;
    });
    await http.post(`/api/courses/${course.id}/submission`).set(bearer(trainer)).expect(200);
    const reviewer = await createUser(app, [{ role: 'content_reviewer', areaId: CITY }]);
    await http.post(`/api/courses/${course.id}/publication`).set(bearer(reviewer)).expect(200);
  });
  afterAll(() => app.close());

  const newCitizen = () => createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
  const start = async (who: TestUser): Promise<Attempt> =>
    (await http.post(`/api/tests/${testId}/attempts`).set(bearer(who)).expect(200)).body;
  const answer = (who: TestUser, attemptId: string, itemId: string, body: ItemResponse | object) =>
    http
      .put(`/api/attempts/${attemptId}/answers/${encodeURIComponent(itemId)}`)
      .set(bearer(who))
      .send(body);
  const submit = async (who: TestUser, attemptId: string): Promise<Attempt> =>
    (await http.post(`/api/attempts/${attemptId}/submission`).set(bearer(who)).expect(200)).body;
  const byType = (type: (typeof NEW_TYPES)[number]) => items.find((i) => i.type === type)!;

  it('serves each type with what it needs to be answered and nothing that gives the key away', async () => {
    const attempt = await start(await newCitizen());
    expect(attempt.items.map((i) => i.type)).toEqual([...NEW_TYPES]);
    expect(JSON.stringify(attempt)).not.toMatch(KEY_FIELDS);
    const [short, ordering, matching, hotspot] = attempt.items;
    expect(short.options).toEqual([]);
    expect(ordering.options.length).toBeGreaterThanOrEqual(3);
    expect(matching.options.length).toBeGreaterThanOrEqual(3);
    expect(matching.matches!.length).toBeGreaterThanOrEqual(matching.options.length);
    expect(hotspot.image).toMatchObject({ src: expect.stringMatching(/^data:image\/svg\+xml;base64,/) });
    expect(hotspot.image!.src).not.toContain(hotspot.id);
    expect(hotspot.options.map((o) => o.id).sort()).toEqual(
      byType('hotspot')
        .extra.regions!.map((r) => r.id)
        .sort(),
    );
  });

  it('grades every type right on the server', async () => {
    const citizen = await newCitizen();
    const attempt = await start(citizen);
    for (const item of items) await answer(citizen, attempt.id, item.id, rightResponse(item)).expect(204);
    const done = await submit(citizen, attempt.id);
    expect(done.result).toMatchObject({ score: 4, maxScore: 4 });
    expect(done.result!.items.map((i) => i.correct)).toEqual([true, true, true, true]);
  });

  it('grades every type wrong when it is wrong, and keeps the answer as given', async () => {
    const citizen = await newCitizen();
    const attempt = await start(citizen);
    for (const item of items) await answer(citizen, attempt.id, item.id, wrongResponse(item)).expect(204);
    const saved: Attempt = (await http.get(`/api/attempts/${attempt.id}`).set(bearer(citizen)).expect(200)).body;
    expect(saved.answers[byType('short_answer').id]).toEqual({ optionIds: [], text: 'không biết' });
    expect(saved.answers[byType('ordering').id]).toEqual(wrongResponse(byType('ordering')));
    const done = await submit(citizen, attempt.id);
    expect(done.result).toMatchObject({ score: 0, maxScore: 4 });
  });

  it('accepts the same answers however they are typed or given', async () => {
    const citizen = await newCitizen();
    const attempt = await start(citizen);
    const short = byType('short_answer');
    const typed = `  ${short.answer.accepted![0].toUpperCase().normalize('NFD')}  `;
    await answer(citizen, attempt.id, short.id, { optionIds: [], text: typed }).expect(204);
    const hotspot = byType('hotspot');
    await answer(citizen, attempt.id, hotspot.id, { optionIds: [hotspot.answer.regionId] }).expect(204);
    const matching = byType('matching');
    const pairs = rightResponse(matching).pairs!.reverse();
    await answer(citizen, attempt.id, matching.id, { optionIds: [], pairs }).expect(204);
    const done = await submit(citizen, attempt.id);
    expect(done.result!.items.filter((i) => i.correct).map((i) => i.itemId)).toEqual([
      short.id,
      matching.id,
      hotspot.id,
    ]);
  });

  it('refuses answers of the wrong shape with a clear code, and keeps the saved one', async () => {
    const citizen = await newCitizen();
    const attempt = await start(citizen);
    const [short, ordering, matching, hotspot] = items;
    await answer(citizen, attempt.id, short.id, { optionIds: [], text: 'ngoặc' }).expect(204);
    const refused: [string, object, number][] = [
      [short.id, { optionIds: ['a'] }, 422],
      [short.id, { optionIds: [], text: 'x'.repeat(201) }, 400],
      [short.id, { optionIds: [], text: 42 }, 400],
      [ordering.id, { optionIds: ordering.answer.order!.slice(1) }, 422],
      [matching.id, { optionIds: [], pairs: [{ left: 'zz', right: 'r1' }] }, 422],
      [matching.id, { optionIds: [], pairs: [{ left: 'l1' }] }, 400],
      [hotspot.id, { optionIds: [], point: { x: 5000, y: 1 } }, 400],
      [hotspot.id, { optionIds: [], point: { x: 1000, y: 1 } }, 422],
      [hotspot.id, { optionIds: ['zz'] }, 422],
      [hotspot.id, { optionIds: [], point: { x: 'a', y: 1 } }, 400],
    ];
    for (const [itemId, body, status] of refused) {
      const res = await answer(citizen, attempt.id, itemId, body);
      expect([itemId, res.status]).toEqual([itemId, status]);
      expect(res.body).toMatchObject({ code: expect.stringMatching(/^[A-Z_]+$/), message: expect.any(String) });
    }
    const saved: Attempt = (await http.get(`/api/attempts/${attempt.id}`).set(bearer(citizen)).expect(200)).body;
    expect(saved.answers).toEqual({ [short.id]: { optionIds: [], text: 'ngoặc' } });
  });

  it(`saves ${CROWD} citizens' answers of the four types sent at the same moment, each graded once`, async () => {
    const citizens = await createUsers(app, CROWD, [{ role: 'citizen', areaId: BA_DINH }]);
    const attempts = await Promise.all(citizens.map(start));
    const responses = await Promise.all(
      citizens.flatMap((c, n) =>
        items.map((item) => answer(c, attempts[n].id, item.id, n % 2 ? wrongResponse(item) : rightResponse(item))),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 204));
    const done = await Promise.all(citizens.map((c, n) => submit(c, attempts[n].id)));
    expect(done.map((d) => d.result!.score)).toEqual(done.map((_, n) => (n % 2 ? 0 : 4)));
  });

  it('lets the assessment serve and grade every type, and tells the citizen neither key nor correctness', async () => {
    const citizen = await newCitizen();
    let state: SkillsAttempt = (
      await http.post('/api/skills-assessment/attempts').set(bearer(citizen)).send({}).expect(200)
    ).body;
    const bodies: SkillsAttempt[] = [state];
    while (state.question) {
      const n = state.question.position;
      const [{ item_id }]: { item_id: string }[] = await db.query(
        `SELECT item_id FROM skills_response WHERE attempt_id = $1 AND position = $2`,
        [state.id, n],
      );
      const [item] = await keyedItems(db, [item_id]);
      if (item.type === 'ordering') {
        // Served shuffled, never in the key's order, and the same order again after a reload.
        const shown = state.question.options.map((o) => o.id);
        expect(shown).not.toEqual(item.answer.order);
        expect([...shown].sort()).toEqual([...item.answer.order!].sort());
        const again: SkillsAttempt = (
          await http.get(`/api/skills-assessment/attempts/${state.id}`).set(bearer(citizen)).expect(200)
        ).body;
        expect(again.question?.options.map((o) => o.id)).toEqual(shown);
      }
      const body = n % 2 ? rightResponse(item) : wrongResponse(item);
      state = (
        await http.put(`/api/skills-assessment/attempts/${state.id}/answers/${n}`).set(bearer(citizen)).send(body)
      ).body;
      expect(state.id).toBeDefined();
      bodies.push(state);
    }
    for (const body of bodies) expect(JSON.stringify(body)).not.toMatch(/"(answer|correct|accepted|regions|pairs)"/);
    const graded: { type: string; position: number; correct: boolean }[] = await db.query(
      `SELECT i.type, r.position, r.correct FROM skills_response r JOIN test_item i ON i.id = r.item_id
       WHERE r.attempt_id = $1`,
      [state.id],
    );
    expect(graded.length).toBeGreaterThan(20);
    for (const row of graded) expect([row.position, row.correct]).toEqual([row.position, row.position % 2 === 1]);
    // A third of the bank is of the new types: 30 items without one would happen about once in 50,000 attempts.
    expect(graded.some((r) => (NEW_TYPES as readonly string[]).includes(r.type))).toBe(true);
  });
});

import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { Attempt, ItemResponse, LearningRecord } from '@lc/shared-contracts';
import { TestsService } from '@lc/api-assessment';
import { CatalogService } from '@lc/api-catalog';
import { Transactions } from '@lc/api-shared';
import {
  answerKey,
  BA_DINH,
  CITY,
  draftCourse,
  materials,
  passTest,
  publishedCourse,
  trainerItems,
} from './testing/fixtures';
import { keyedItems, wrongResponse } from './testing/item-answers';
import { bearer, createTestApp, createUser, TestUser } from './testing/test-app';

describe('assessment (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  /** A published course whose test draws 8 items from the bank: 3 of 1.1, 3 of 2.3, 2 of 4.1, levels 1–2. */
  let bankTestId: string;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    const { trainer, course } = await draftCourse(app);
    const title = { vi: 'Kiểm tra kỹ năng số cơ bản' };
    const blueprint = [
      { competence: '1.1', levels: [1, 2], count: 3 },
      { competence: '2.3', levels: [1, 2], count: 3 },
      { competence: '4.1', levels: [1, 2], count: 2 },
    ];
    await app.get(Transactions).run(async (work) => {
      const test = await app.get(TestsService).createBlueprintTest(work, { title, blueprint, passPercent: 60 });
      await app
        .get(CatalogService)
        .addTestMaterial(work, { courseId: course.id, testId: test.id, title, itemCount: 8 });
      bankTestId = test.id;
    });
    await http.post(`/api/courses/${course.id}/submission`).set(bearer(trainer)).expect(200);
    const reviewer = await createUser(app, [{ role: 'content_reviewer', areaId: CITY }]);
    await http.post(`/api/courses/${course.id}/publication`).set(bearer(reviewer)).expect(200);
  });
  afterAll(() => app.close());

  const newCitizen = () => createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
  const start = (who: TestUser, testId = bankTestId) => http.post(`/api/tests/${testId}/attempts`).set(bearer(who));
  const answer = (who: TestUser, attemptId: string, itemId: string, response: string[] | ItemResponse) =>
    http
      .put(`/api/attempts/${attemptId}/answers/${encodeURIComponent(itemId)}`)
      .set(bearer(who))
      .send(Array.isArray(response) ? { optionIds: response } : response);
  const submit = (who: TestUser, attemptId: string) =>
    http.post(`/api/attempts/${attemptId}/submission`).set(bearer(who));

  it('keeps one open attempt per person: starting twice returns the same attempt', async () => {
    const citizen = await newCitizen();
    const first: Attempt = (await start(citizen).expect(200)).body;
    const second: Attempt = (await start(citizen).expect(200)).body;
    expect(second.id).toBe(first.id);
    expect(second.items.map((i) => i.id)).toEqual(first.items.map((i) => i.id));
    expect(first).toMatchObject({ testId: bankTestId, status: 'open', result: null, answers: {} });
    expect(first.items.map((i) => i.competence)).toEqual(['1.1', '1.1', '1.1', '2.3', '2.3', '2.3', '4.1', '4.1']);
    expect(new Date(first.deadlineAt).getTime()).toBeGreaterThan(Date.now());
    const other: Attempt = (await start(await newCitizen()).expect(200)).body;
    expect(other.id).not.toBe(first.id);
  });

  it('answers starts and submissions sent at the same moment with one attempt and one record', async () => {
    const citizen = await newCitizen();
    const starts = await Promise.all([1, 2, 3, 4].map(() => start(citizen)));
    expect(starts.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(new Set(starts.map((r) => r.body.id)).size).toBe(1);
    const submits = await Promise.all([1, 2, 3].map(() => submit(citizen, starts[0].body.id)));
    expect(submits.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(new Set(submits.map((r) => r.body.result.recordId)).size).toBe(1);
    expect((await http.get('/api/my/records').set(bearer(citizen))).body).toHaveLength(1);
  });

  it('never sends the answer key or explanations to the browser', async () => {
    const citizen = await newCitizen();
    const started = await start(citizen).expect(200);
    const read = await http.get(`/api/attempts/${started.body.id}`).set(bearer(citizen)).expect(200);
    for (const body of [started.body, read.body]) {
      expect(JSON.stringify(body)).not.toMatch(/"(answer|correct|explanation|accepted|regions|pairs)"/);
      for (const item of (body as Attempt).items) {
        const shown = ['competence', 'id', 'image', 'level', 'matches', 'options', 'stem', 'type'];
        expect(shown).toEqual(expect.arrayContaining(Object.keys(item)));
        for (const option of item.options) expect(Object.keys(option).sort()).toEqual(['id', 'text']);
      }
    }
    const rows: { explanation: { vi: string } }[] = await app
      .get(DataSource)
      .query(`SELECT explanation FROM test_item WHERE id = ANY($1)`, [
        started.body.items.map((i: { id: string }) => i.id),
      ]);
    for (const row of rows.filter((r) => r.explanation))
      expect(JSON.stringify(read.body)).not.toContain(row.explanation.vi);
  });

  it('saves an answer idempotently (204 twice) and refuses answers the item does not offer', async () => {
    const citizen = await newCitizen();
    const attempt: Attempt = (await start(citizen).expect(200)).body;
    const item = attempt.items.find((i) => i.type === 'single_choice')!;
    const optionId = item.options[0].id;
    await answer(citizen, attempt.id, item.id, [optionId]).expect(204);
    await answer(citizen, attempt.id, item.id, [optionId]).expect(204);
    expect((await http.get(`/api/attempts/${attempt.id}`).set(bearer(citizen)).expect(200)).body.answers).toEqual({
      [item.id]: { optionIds: [optionId] },
    });

    const unknownOption = await answer(citizen, attempt.id, item.id, ['zz']).expect(422);
    expect(unknownOption.body).toEqual({ code: 'ANSWER_INVALID', message: expect.any(String) });
    const twoForOne = await answer(
      citizen,
      attempt.id,
      item.id,
      item.options.slice(0, 2).map((o) => o.id),
    ).expect(422);
    expect(twoForOne.body.code).toBe('ANSWER_INVALID');
    const notInAttempt = await answer(citizen, attempt.id, '6.1-L1-001', ['a']).expect(404);
    expect(notInAttempt.body).toEqual({ code: 'ITEM_NOT_IN_ATTEMPT', message: expect.any(String) });
    await answer(citizen, attempt.id, item.id, 'a' as unknown as string[]).expect(400);
    expect((await http.get(`/api/attempts/${attempt.id}`).set(bearer(citizen))).body.answers).toEqual({
      [item.id]: { optionIds: [optionId] },
    });
  });

  it('grades on the server: every answer right gives the full score, levels per competence and one verified record', async () => {
    const citizen = await newCitizen();
    const attempt: Attempt = (await start(citizen).expect(200)).body;
    const key = await answerKey(
      app,
      attempt.items.map((i) => i.id),
    );
    for (const item of attempt.items) await answer(citizen, attempt.id, item.id, key.get(item.id)!).expect(204);
    const submitted: Attempt = (await submit(citizen, attempt.id).expect(200)).body;
    const result = submitted.result!;
    expect(submitted.status).toBe('submitted');
    expect(result).toMatchObject({ score: 8, maxScore: 8, recordId: expect.any(String) });
    expect(result.competences.map((c) => [c.code, c.correct, c.total])).toEqual([
      ['1.1', 3, 3],
      ['2.3', 3, 3],
      ['4.1', 2, 2],
    ]);
    for (const c of result.competences) {
      expect(c.level).toBe(Math.max(...attempt.items.filter((i) => i.competence === c.code).map((i) => i.level)));
      expect(c.explanation.vi).toContain(`mức ${c.level}`);
    }
    expect(Object.keys(result.domains).sort()).toEqual(['1', '2', '4']);
    expect(result.items.every((i) => i.correct)).toBe(true);

    const again: Attempt = (await submit(citizen, attempt.id).expect(200)).body;
    expect(again.result).toEqual(result);
    const records: LearningRecord[] = (await http.get('/api/my/records').set(bearer(citizen)).expect(200)).body;
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      id: result.recordId,
      objectType: 'test',
      objectId: bankTestId,
      trust: 'verified',
      verb: 'passed',
      score: 8,
      maxScore: 8,
      domainLevels: result.domains,
    });

    const late = await answer(citizen, attempt.id, attempt.items[0].id, key.get(attempt.items[0].id)!).expect(409);
    expect(late.body.code).toBe('ATTEMPT_SUBMITTED');
    const retake: Attempt = (await start(citizen).expect(200)).body;
    expect(retake.id).not.toBe(attempt.id);
  });

  it('grades a wrong or missing answer as wrong, whatever the browser claims', async () => {
    const citizen = await newCitizen();
    const attempt: Attempt = (await start(citizen).expect(200)).body;
    const key = await answerKey(
      app,
      attempt.items.map((i) => i.id),
    );
    const [first, second] = attempt.items;
    await answer(citizen, attempt.id, first.id, key.get(first.id)!).expect(204);
    const [keyed] = await keyedItems(app, [second.id]);
    await answer(citizen, attempt.id, second.id, wrongResponse(keyed)).expect(204);
    const forged = await http
      .post(`/api/attempts/${attempt.id}/submission`)
      .set(bearer(citizen))
      .send({ score: 8, passed: true })
      .expect(200);
    expect(forged.body.result).toMatchObject({ score: 1, maxScore: 8 });
    expect(
      forged.body.result.items.filter((i: { correct: boolean }) => i.correct).map((i: { itemId: string }) => i.itemId),
    ).toEqual([first.id]);
    const [record] = (await http.get('/api/my/records').set(bearer(citizen))).body;
    expect(record).toMatchObject({ verb: 'failed', success: false, score: 1 });
  });

  it("hides a person's attempt from everyone else (404)", async () => {
    const owner = await newCitizen();
    const attempt: Attempt = (await start(owner).expect(200)).body;
    const other = await newCitizen();
    const read = await http.get(`/api/attempts/${attempt.id}`).set(bearer(other)).expect(404);
    expect(read.body).toEqual({ code: 'ATTEMPT_NOT_FOUND', message: expect.any(String) });
    await answer(other, attempt.id, attempt.items[0].id, ['a']).expect(404);
    await submit(other, attempt.id).expect(404);
    await http.get(`/api/attempts/${attempt.id}`).expect(401);
    expect((await http.get(`/api/attempts/${attempt.id}`).set(bearer(owner)).expect(200)).body.status).toBe('open');
  });

  it('stops taking answers after the time limit, and still grades on submission', async () => {
    const citizen = await newCitizen();
    const attempt: Attempt = (await start(citizen).expect(200)).body;
    await app
      .get(DataSource)
      .query(`UPDATE test_attempt SET deadline_at = now() - interval '1 minute' WHERE id = $1`, [attempt.id]);
    const late = await answer(citizen, attempt.id, attempt.items[0].id, ['a']).expect(409);
    expect(late.body.code).toBe('ATTEMPT_EXPIRED');
    expect((await submit(citizen, attempt.id).expect(200)).body.result).toMatchObject({ score: 0, maxScore: 8 });
  });

  it('does not open a test of an unpublished course, nor to a non-citizen', async () => {
    const { trainer, course } = await draftCourse(app);
    const detail = await http
      .post(`/api/courses/${course.id}/materials/test`)
      .set(bearer(trainer))
      .send({ title: 'Nháp', items: trainerItems(5) })
      .expect(201);
    const testId = materials(detail.body)[0].testId!;
    const res = await start(await newCitizen(), testId).expect(404);
    expect(res.body).toEqual({ code: 'TEST_NOT_FOUND', message: expect.any(String) });
    await start(trainer, bankTestId).expect(403);
  });

  it('runs a test a trainer wrote with the course, graded from the key the trainer gave', async () => {
    const { course } = await publishedCourse(app, { items: trainerItems(5) });
    const testId = materials(course)[0].testId!;
    const citizen = await newCitizen();
    const started: Attempt = (await start(citizen, testId).expect(200)).body;
    expect(started.items).toHaveLength(5);
    expect(JSON.stringify(started)).not.toMatch(/"(correct|answer|explanation)"/);
    const done: Attempt = await passTest(app, citizen, testId);
    expect(done.id).toBe(started.id);
    expect(done.result).toMatchObject({ score: 5, maxScore: 5, domains: { '1': 2, '2': 2, '4': 2 } });
    expect(done.result!.items[0]).toMatchObject({ correct: true, explanation: { vi: 'Vì đó là cách an toàn.' } });
  });
});

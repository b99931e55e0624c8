import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { ReviewedItem } from '@lc/shared-contracts';
import { BA_DINH } from './testing/fixtures';
import { itemProposal, itemReviewHttp } from './testing/item-review-http';
import { bearer, createTestApp, createUser, TestUser } from './testing/test-app';

describe('item problem reports, "Báo lỗi câu hỏi" (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let limited: INestApplication;
  let http: ReturnType<typeof request>;
  let db: DataSource;

  beforeAll(async () => {
    [app, limited] = await Promise.all([createTestApp(), createTestApp({ RATE_LIMIT_ITEM_REPORT: '3/3600' })]);
    http = request(app.getHttpServer());
    db = app.get(DataSource);
  });
  // Passport keeps one 'jwt' strategy per process: the apps close together, at the end.
  afterAll(() => Promise.all([app, limited].map((a) => a?.close())));

  const { courseAttempt, trainer, reviewer, citizen, propose, decide, queue } = itemReviewHttp(() => app);

  const report = (who: TestUser, attemptId: string, itemId: string, over: object = {}) =>
    http
      .post(`/api/attempts/${attemptId}/problem-reports`)
      .set(bearer(who))
      .send({ itemId, reason: 'wrong_key', note: 'Đáp án B mới đúng.', ...over });

  it('lands a course-test report in the reviewers queue, and tells the citizen nothing about the item', async () => {
    const { person, attempt } = await courseAttempt();
    const itemId = attempt.items[0].id;
    const res = await report(person, attempt.id, itemId).expect(201);
    expect(res.body).toEqual({ received: true });
    const found = (await queue(await reviewer())).reports.find((r) => r.item.id === itemId)!;
    expect(found).toMatchObject({
      reason: 'wrong_key',
      note: 'Đáp án B mới đúng.',
      item: { correctOptionIds: ['a'] },
    });
    expect(JSON.stringify(found)).not.toContain(person.id);
    // Closing it takes it off the queue; closing again does no harm.
    const checker = await reviewer();
    await http.post(`/api/item-review/reports/${found.id}/closure`).set(bearer(checker)).expect(204);
    await http.post(`/api/item-review/reports/${found.id}/closure`).set(bearer(checker)).expect(204);
    expect((await queue(checker)).reports.map((r) => r.id)).not.toContain(found.id);
    await http.post(`/api/item-review/reports/${found.id}/closure`).set(bearer(person)).expect(403);
  });

  it('refuses reports on items outside one own attempt, and from other roles', async () => {
    const { person, attempt } = await courseAttempt();
    const stranger = await citizen();
    expect((await report(stranger, attempt.id, attempt.items[0].id).expect(404)).body.code).toBe('ITEM_NOT_IN_ATTEMPT');
    expect((await report(person, attempt.id, '1.1-L1-001').expect(404)).body.code).toBe('ITEM_NOT_IN_ATTEMPT');
    expect((await report(await trainer(), attempt.id, attempt.items[0].id).expect(403)).body.code).toBe(
      'ROLE_REQUIRED',
    );
    expect(
      (await report(person, attempt.id, attempt.items[0].id, { reason: 'boring' }).expect(400)).body.code,
    ).toBeDefined();
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM item_problem_report WHERE reporter_id = ANY($1)`, [
      [person.id, stranger.id],
    ]);
    expect(n).toBe(0);
  });

  it('keeps one report of 50 concurrent sends of the same report, and limits the rest', async () => {
    const { person, attempt } = await courseAttempt();
    const sends = await Promise.all(Array.from({ length: 50 }, () => report(person, attempt.id, attempt.items[1].id)));
    // RATE_LIMIT_ITEM_REPORT is 30 an hour: the first 30 are received, the others refused, none fails.
    expect(sends.filter((r) => r.status === 201)).toHaveLength(30);
    for (const r of sends.filter((r) => r.status !== 201))
      expect([r.status, r.body.code]).toEqual([429, 'RATE_LIMITED']);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM item_problem_report WHERE reporter_id = $1`, [
      person.id,
    ]);
    expect(n).toBe(1);
  });

  it('reports an assessment question by its position, and the report survives a new version of the item', async () => {
    const person = await citizen();
    const started = (await http.post('/api/skills-assessment/attempts').set(bearer(person)).send({}).expect(200)).body;
    const res = await http
      .post(`/api/skills-assessment/attempts/${started.id}/questions/1/problem-reports`)
      .set(bearer(person))
      .send({ reason: 'unclear' })
      .expect(201);
    expect(res.body).toEqual({ received: true });
    await http
      .post(`/api/skills-assessment/attempts/${started.id}/questions/2/problem-reports`)
      .set(bearer(person))
      .send({ reason: 'unclear' })
      .expect(404);
    await http
      .post(`/api/skills-assessment/attempts/${started.id}/questions/99999999999/problem-reports`)
      .set(bearer(person))
      .send({ reason: 'unclear' })
      .expect(404);
    const [{ item_id: served }] = await db.query(
      `SELECT item_id FROM skills_response WHERE attempt_id = $1 AND position = 1`,
      [started.id],
    );
    const [author, checker] = [await trainer(), await reviewer()];
    // A reviewer reads the reported item with its key, to judge the report; a trainer may not.
    const read = await http.get(`/api/item-review/items/${served}`).set(bearer(checker)).expect(200);
    expect(read.body).toMatchObject({ id: served, status: 'published', version: 1 });
    // The first question is drawn at random among all seven types: the key is in one list or the other.
    expect([...read.body.correctOptionIds, ...read.body.otherKey].length).toBeGreaterThan(0);
    await http.get(`/api/item-review/items/${served}`).set(bearer(author)).expect(403);
    await http.get(`/api/item-review/items/nope`).set(bearer(checker)).expect(404);
    const revision: ReviewedItem = (await propose(author, { ...itemProposal(), revises: served }).expect(201)).body;
    await decide(checker, revision.id, 'publish').expect(200);
    const found = (await queue(checker)).reports.find((r) => r.item.id === served)!;
    expect(found).toMatchObject({ reason: 'unclear', item: { status: 'superseded', version: 1 } });
    // The attempt still holds the version it was served.
    const [row] = await db.query(`SELECT item_id FROM skills_response WHERE attempt_id = $1 AND position = 1`, [
      started.id,
    ]);
    expect(row.item_id).toBe(served);
  });

  it('limits reports per citizen', async () => {
    const lhttp = request(limited.getHttpServer());
    const person = await createUser(limited, [{ role: 'citizen', areaId: BA_DINH }]);
    const started = (await lhttp.post('/api/skills-assessment/attempts').set(bearer(person)).send({}).expect(200)).body;
    const send = () =>
      lhttp
        .post(`/api/skills-assessment/attempts/${started.id}/questions/1/problem-reports`)
        .set(bearer(person))
        .send({ reason: 'typo' });
    for (let i = 0; i < 3; i++) await send().expect(201);
    const over = await send().expect(429);
    expect(over.body.code).toBe('RATE_LIMITED');
  });
});

import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { CourseDetail } from '@lc/shared-contracts';
import { BA_DINH, CITY, newCourse, scores, THIS_YEAR } from './testing/fixtures';
import { bearer, createTestApp, createUser, TestUser } from './testing/test-app';

const CROWD = 50;

describe('idempotency keys on creates (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let trainer: TestUser;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    trainer = await createUser(app, [{ role: 'trainer', areaId: CITY }]);
  });
  afterAll(() => app.close());

  const coursesTitled = async (title: string): Promise<number> => {
    const [row] = await app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM course WHERE title->>'vi' = $1`, [title]);
    return row.n;
  };
  const create = (who: TestUser, key: string | null, body: object) => {
    const req = http.post('/api/courses').set(bearer(who));
    return (key ? req.set('Idempotency-Key', key) : req).send(body);
  };

  it(`makes one course from ${CROWD} concurrent identical requests, each answered with that course`, async () => {
    const title = `Một lần ${randomUUID().slice(0, 8)}`;
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: CROWD }, () => create(trainer, key, newCourse(title))));
    expect(answers.map((a) => a.status)).toEqual(Array(CROWD).fill(201));
    const ids = new Set(answers.map((a) => (a.body as CourseDetail).id));
    expect(ids.size).toBe(1);
    expect(await coursesTitled(title)).toBe(1);
    expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(CROWD - 1);
  });

  it('replays a later repeat, and refuses the same key with another body or on another route', async () => {
    const title = `Lặp lại ${randomUUID().slice(0, 8)}`;
    const key = randomUUID();
    const first = await create(trainer, key, newCourse(title)).expect(201);
    const again = await create(trainer, key, newCourse(title)).expect(201);
    expect(again.body).toEqual(first.body);
    const other = await create(trainer, key, newCourse(`${title} khác`)).expect(422);
    expect(other.body).toEqual({ code: 'IDEMPOTENCY_KEY_REUSED', message: expect.any(String) });
    expect(await coursesTitled(`${title} khác`)).toBe(0);
    await http
      .post(`/api/courses/${first.body.id}/submission`)
      .set(bearer(trainer))
      .set('Idempotency-Key', key)
      .expect(422);
    expect(await coursesTitled(title)).toBe(1);
  });

  it("keeps one person's keys apart from another's, and without a key every request creates", async () => {
    const other = await createUser(app, [{ role: 'trainer', areaId: CITY }]);
    const title = `Hai người ${randomUUID().slice(0, 8)}`;
    const key = randomUUID();
    const mine = await create(trainer, key, newCourse(title)).expect(201);
    const theirs = await create(other, key, newCourse(title)).expect(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
    await create(trainer, null, newCourse(title)).expect(201);
    await create(trainer, null, newCourse(title)).expect(201);
    expect(await coursesTitled(title)).toBe(4);
  });

  it('lets a failed request be retried with its key, and refuses malformed keys and callers without the role', async () => {
    const title = `Sửa lỗi ${randomUUID().slice(0, 8)}`;
    const key = randomUUID();
    const bad = await create(trainer, key, { ...newCourse(title), level: 99 }).expect(400);
    expect(bad.body.code).toBeDefined();
    // The refused body left no claim on the key, so the corrected form goes through with it.
    await create(trainer, key, { ...newCourse(title), level: 99 }).expect(400);
    await create(trainer, key, newCourse(title)).expect(201);
    for (const malformed of ['ngắn', 'x'.repeat(129), 'a b c d e f g h']) {
      const res = await http
        .post('/api/courses')
        .set(bearer(trainer))
        .set('Idempotency-Key', encodeURIComponent(malformed))
        .send(newCourse(title));
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('IDEMPOTENCY_KEY_INVALID');
    }
    const citizen = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    await create(citizen, randomUUID(), newCourse(title)).expect(403);
    await http.post('/api/courses').set('Idempotency-Key', randomUUID()).send(newCourse(title)).expect(401);
    expect(await coursesTitled(title)).toBe(1);
  });

  it(`submits an application once for ${CROWD} concurrent submissions with one key, all answered alike`, async () => {
    const citizen = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    const opened = (await http.post('/api/my/applications').set(bearer(citizen)).send({ year: THIS_YEAR }).expect(200))
      .body;
    await http.put(`/api/applications/${opened.id}/scores`).set(bearer(citizen)).send({ scores: scores() }).expect(200);
    const key = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: CROWD }, () =>
        http.post(`/api/applications/${opened.id}/submission`).set(bearer(citizen)).set('Idempotency-Key', key),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(CROWD).fill(200));
    expect(new Set(answers.map((a) => a.body.status))).toEqual(new Set(['submitted']));
    const [row] = await app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM application_transition WHERE application_id = $1 AND to_status = $2`, [
        opened.id,
        'submitted',
      ]);
    expect(row.n).toBe(1);
    // Someone else's key on this application is theirs alone: it does not replay the owner's answer.
    const stranger = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    await http
      .post(`/api/applications/${opened.id}/submission`)
      .set(bearer(stranger))
      .set('Idempotency-Key', key)
      .expect(404);
  });
});

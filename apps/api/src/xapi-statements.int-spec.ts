import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { RecordsService } from '@lc/api-records';
import { BA_DINH, CITY, draftCourse, materials, publishedCourse, samplePackage, uploadH5p } from './testing/fixtures';
import { bearer, createTestApp, createUser, TestUser } from './testing/test-app';

describe('catalog: xAPI statements from the player (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let citizen: TestUser;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    citizen = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
  });
  afterAll(() => app.close());

  it("records a citizen's xAPI 'completed' statement as a reported learning record", async () => {
    const { course } = await publishedCourse(app, { h5p: true });
    const material = materials(course)[0];
    const learner = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    const statement = {
      id: randomUUID(),
      verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
      result: { score: { raw: 3, max: 4 }, completion: true, success: true },
    };
    const res = await http
      .post(`/api/materials/${material.id}/xapi`)
      .set(bearer(learner))
      .send({ statement })
      .expect(201);
    expect(res.body).toMatchObject({
      verb: 'completed',
      trust: 'reported',
      objectType: 'h5p_material',
      objectId: material.id,
      score: 3,
      maxScore: 4,
      completion: true,
    });
    const repeat = await http
      .post(`/api/materials/${material.id}/xapi`)
      .set(bearer(learner))
      .send({ statement })
      .expect(201);
    expect(repeat.body.id).toBe(res.body.id);
    const ignored = await http
      .post(`/api/materials/${material.id}/xapi`)
      .set(bearer(learner))
      .send({ statement: { verb: { id: 'http://adlnet.gov/expapi/verbs/interacted' } } })
      .expect(422);
    expect(ignored.body).toEqual({ code: 'XAPI_IGNORED', message: expect.any(String) });
    const records = await http.get('/api/my/records').set(bearer(learner)).expect(200);
    expect(records.body).toHaveLength(1);
    const trainer = await createUser(app, [{ role: 'trainer', areaId: CITY }]);
    await http.post(`/api/materials/${material.id}/xapi`).set(bearer(trainer)).send({ statement }).expect(403);
  });

  it('takes xAPI statements in batches: one chain, each statement once, non-evidence counted', async () => {
    const { course } = await publishedCourse(app, { h5p: true });
    const material = materials(course)[0];
    const learner = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    const completed = () => ({
      id: randomUUID(),
      verb: { id: 'http://adlnet.gov/expapi/verbs/completed' },
      result: { score: { raw: 1, max: 1 }, completion: true },
    });
    const batch = [completed(), completed(), { verb: { id: 'http://adlnet.gov/expapi/verbs/interacted' } }];
    batch.push(batch[0]);
    const send = (statements: unknown[]) =>
      http.post(`/api/materials/${material.id}/xapi`).set(bearer(learner)).send({ statements });

    const first = await send(batch).expect(201);
    expect(first.body.ignored).toBe(1);
    expect(first.body.recordIds).toHaveLength(3);
    expect(first.body.recordIds[2]).toBe(first.body.recordIds[0]);
    const again = await send(batch).expect(201);
    expect(again.body.recordIds).toEqual(first.body.recordIds);
    const mine = (await http.get('/api/my/records').set(bearer(learner)).expect(200)).body;
    expect(mine.map((r: { id: string; trust: string }) => [r.id, r.trust]).sort()).toEqual(
      [...new Set<string>(first.body.recordIds)].map((id) => [id, 'reported']).sort(),
    );

    // 50 batches of 20 at once from one person: all kept, in one unbroken chain.
    const batches = await Promise.all(Array.from({ length: 50 }, () => send(Array.from({ length: 20 }, completed))));
    expect(batches.map((r) => r.status)).toEqual(Array(50).fill(201));
    await expect(app.get(RecordsService).chainIntact(learner.id)).resolves.toBe(true);
    const seqs = await app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n, max(seq) AS top FROM learning_record WHERE person_id = $1`, [learner.id]);
    expect(seqs[0]).toEqual({ n: 1002, top: 1002 });

    const tooMany = await send(Array.from({ length: 101 }, completed)).expect(400);
    expect(tooMany.body.code).toBe('VALIDATION_FAILED');
    await send([]).expect(400);
    await send(['không phải đối tượng']).expect(400);
  });

  it('does not take xAPI statements for a draft course', async () => {
    const { trainer, course } = await draftCourse(app);
    const res = await uploadH5p(app, trainer, course.id, samplePackage()).expect(201);
    const statement = { verb: { id: 'http://adlnet.gov/expapi/verbs/completed' } };
    const refused = await http
      .post(`/api/materials/${materials(res.body)[0].id}/xapi`)
      .set(bearer(citizen))
      .send({ statement })
      .expect(404);
    expect(refused.body.code).toBe('MATERIAL_NOT_FOUND');
  });
});

import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { RecordsService } from '@lc/api-records';
import type { Application, ApplicationSummary } from '@lc/shared-contracts';
import { BA_DINH, NGOC_HA, scores, submittedApplication, THIS_YEAR } from './testing/fixtures';
import { behindTheTrigger } from './testing/learning-records';
import { bearer, createTestApp, createUser } from './testing/test-app';
import { certificationHttp, CertificationHttp } from './testing/certification-http';

describe('certification: applications and verification (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let c: CertificationHttp;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    c = certificationHttp(app);
  });
  afterAll(() => app.close());

  it('lets a citizen open one application a year, score the ten items and submit it', async () => {
    const citizen = await c.citizenOf();
    const set = await http.get('/api/criteria-sets/current').set(bearer(citizen)).expect(200);
    expect(set.body).toMatchObject({ passTotal: 80, minItemScore: 5 });
    expect(set.body.items).toHaveLength(10);
    const opened = await http.post('/api/my/applications').set(bearer(citizen)).send({ year: THIS_YEAR }).expect(200);
    expect(opened.body).toMatchObject({
      year: THIS_YEAR,
      status: 'draft',
      communeId: BA_DINH,
      communeName: 'Phường Ba Đình',
    });
    const again = await http.post('/api/my/applications').set(bearer(citizen)).send({ year: THIS_YEAR }).expect(200);
    expect(again.body.id).toBe(opened.body.id);
    expect((await http.get(`/api/my/applications/${THIS_YEAR}`).set(bearer(citizen)).expect(200)).body.id).toBe(
      opened.body.id,
    );
    expect(
      (
        await http
          .get(`/api/my/applications/${THIS_YEAR - 1}`)
          .set(bearer(citizen))
          .expect(404)
      ).body.code,
    ).toBe('APPLICATION_NOT_FOUND');
    expect(
      (
        await http
          .post('/api/my/applications')
          .set(bearer(citizen))
          .send({ year: THIS_YEAR - 2 })
          .expect(422)
      ).body.code,
    ).toBe('APPLICATION_YEAR_INVALID');

    const id = opened.body.id;
    const tooHigh = await http
      .put(`/api/applications/${id}/scores`)
      .set(bearer(citizen))
      .send({ scores: scores(8, { '2.1': 11 }) })
      .expect(422);
    expect(tooHigh.body).toEqual({ code: 'SCORES_INVALID', message: expect.stringContaining('2.1') });
    await http
      .put(`/api/applications/${id}/scores`)
      .set(bearer(citizen))
      .send({ scores: { '9.9': 5 } })
      .expect(422);
    await http
      .put(`/api/applications/${id}/scores`)
      .set(bearer(citizen))
      .send({ scores: { '1.1': 8 } })
      .expect(200);
    expect((await http.post(`/api/applications/${id}/submission`).set(bearer(citizen)).expect(422)).body.code).toBe(
      'SCORES_INCOMPLETE',
    );
    const saved = await http
      .put(`/api/applications/${id}/scores`)
      .set(bearer(citizen))
      .send({ scores: scores() })
      .expect(200);
    expect(saved.body).toMatchObject({ total: 80, passes: true, scores: scores() });
    const submitted = await http.post(`/api/applications/${id}/submission`).set(bearer(citizen)).expect(200);
    expect(submitted.body.status).toBe('submitted');
    await http
      .put(`/api/applications/${id}/scores`)
      .set(bearer(citizen))
      .send({ scores: scores(9) })
      .expect(409);
  });

  it('keeps an application from other citizens and from officers of other communes', async () => {
    const app1 = await submittedApplication(app, await c.citizenOf());
    const res = await http
      .get(`/api/applications/${app1.id}`)
      .set(bearer(await c.citizenOf()))
      .expect(404);
    expect(res.body).toEqual({ code: 'APPLICATION_NOT_FOUND', message: expect.any(String) });
    await http
      .get(`/api/applications/${app1.id}`)
      .set(bearer(await c.officer('verifier', NGOC_HA)))
      .expect(404);
    await http.get(`/api/applications/${app1.id}`).expect(401);
  });

  it('is verified only by a verifier of its own commune', async () => {
    const citizen = await c.citizenOf();
    const submitted = await submittedApplication(app, citizen);
    expect((await c.verify(citizen, submitted.id).expect(403)).body.code).toBe('ROLE_REQUIRED');
    const ngocHa = await c.officer('verifier', NGOC_HA);
    // Outside the area the application is answered as missing, whatever its status (ADR 0027).
    expect((await c.verify(ngocHa, submitted.id).expect(404)).body).toEqual({
      code: 'APPLICATION_NOT_FOUND',
      message: expect.any(String),
    });
    const otherQueue: ApplicationSummary[] = (await http.get('/api/applications').set(bearer(ngocHa)).expect(200)).body;
    expect(otherQueue.map((a) => a.id)).not.toContain(submitted.id);

    const verifier = await c.officer('verifier');
    const queue: ApplicationSummary[] = (await http.get('/api/applications').set(bearer(verifier)).expect(200)).body;
    expect(queue.find((a) => a.id === submitted.id)).toMatchObject({
      status: 'submitted',
      communeId: BA_DINH,
      total: 80,
    });
    await c.verify(verifier, submitted.id, scores(8, { '1.1': 11 })).expect(422);
    const verified = await c.verify(verifier, submitted.id, scores(9)).expect(200);
    expect(verified.body).toMatchObject({ status: 'verified', total: 90 });
    await c.verify(verifier, submitted.id).expect(409);
    await http.get('/api/applications').set(bearer(citizen)).expect(403);
  });

  it('refuses a person who verified an application the right to decide it, and approvers of other communes', async () => {
    const submitted = await submittedApplication(app, await c.citizenOf());
    const both = await createUser(app, [
      { role: 'verifier', areaId: BA_DINH },
      { role: 'approver', areaId: BA_DINH },
    ]);
    await c.verify(both, submitted.id).expect(200);
    expect((await c.decide(both, [submitted.id]).expect(403)).body).toEqual({
      code: 'SAME_VERIFIER_APPROVER',
      message: expect.any(String),
    });
    const reject = await http
      .post(`/api/applications/${submitted.id}/rejection`)
      .set(bearer(both))
      .send({ reason: 'Tự từ chối hồ sơ.' })
      .expect(403);
    expect(reject.body.code).toBe('SAME_VERIFIER_APPROVER');
    const ngocHa = await c.officer('approver', NGOC_HA);
    expect((await c.decide(ngocHa, [submitted.id]).expect(403)).body.code).toBe('AREA_FORBIDDEN');
    expect((await c.decide(ngocHa, [submitted.id], c.decisionNumber(), NGOC_HA).expect(404)).body.code).toBe(
      'APPLICATION_NOT_FOUND',
    );
    await c.decide(await c.officer('verifier'), [submitted.id]).expect(403);
    expect((await c.read(both, submitted.id)).status).toBe('verified');
  });

  it('returns an application with reasons, and the citizen fixes and resubmits it', async () => {
    const citizen = await c.citizenOf();
    const submitted = await submittedApplication(app, citizen);
    const verifier = await c.officer('verifier');
    await http.post(`/api/applications/${submitted.id}/return`).set(bearer(verifier)).send({ reason: 'x' }).expect(400);
    const body = { reason: 'Cần bổ sung minh chứng.', itemReasons: { '2.4': 'Chưa có chứng chỉ ngoại ngữ.' } };
    const returned = await http
      .post(`/api/applications/${submitted.id}/return`)
      .set(bearer(verifier))
      .send(body)
      .expect(200);
    expect(returned.body).toMatchObject({ status: 'returned', itemReasons: body.itemReasons });
    await http
      .put(`/api/applications/${submitted.id}/scores`)
      .set(bearer(citizen))
      .send({ scores: scores(8, { '2.4': 6, '1.1': 10 }) })
      .expect(200);
    const resubmitted = await http
      .post(`/api/applications/${submitted.id}/submission`)
      .set(bearer(citizen))
      .expect(200);
    expect(resubmitted.body).toMatchObject({ status: 'submitted', itemReasons: {}, scores: { '2.4': 6, '1.1': 10 } });

    await c.verify(verifier, submitted.id).expect(200);
    const approverReturn = await http
      .post(`/api/applications/${submitted.id}/return`)
      .set(bearer(await c.officer('approver')))
      .send({ reason: 'Điểm mục 3.1 chưa rõ.' })
      .expect(200);
    expect(
      approverReturn.body.transitions.map((t: { to: string; actorRole: string; reason: string | null }) => [
        t.to,
        t.actorRole,
        t.reason,
      ]),
    ).toEqual([
      ['submitted', 'citizen', null],
      ['returned', 'verifier', 'Cần bổ sung minh chứng.'],
      ['submitted', 'citizen', null],
      ['verified', 'verifier', null],
      ['returned', 'approver', 'Điểm mục 3.1 chưa rõ.'],
    ]);
  });

  it('rejects a verified application for good: every further action is 409', async () => {
    const citizen = await c.citizenOf();
    const submitted = await submittedApplication(app, citizen);
    const approver = await c.officer('approver');
    const reject = (reason: string) =>
      http.post(`/api/applications/${submitted.id}/rejection`).set(bearer(approver)).send({ reason });
    expect((await reject('Không đủ điều kiện.').expect(409)).body.code).toBe('APPLICATION_STATUS_CONFLICT');
    const verifier = await c.officer('verifier');
    await c.verify(verifier, submitted.id).expect(200);
    await http
      .post(`/api/applications/${submitted.id}/rejection`)
      .set(bearer(await c.officer('approver', NGOC_HA)))
      .send({ reason: 'Không thuộc địa bàn.' })
      .expect(404);
    const rejected = await reject('Kê khai không trung thực.').expect(200);
    expect(rejected.body.status).toBe('rejected');
    expect(rejected.body.transitions.at(-1)).toMatchObject({
      from: 'verified',
      to: 'rejected',
      actorRole: 'approver',
      reason: 'Kê khai không trung thực.',
    });
    const conflicts = [
      reject('Từ chối lần nữa.'),
      http
        .post(`/api/applications/${submitted.id}/return`)
        .set(bearer(verifier))
        .send({ reason: 'Trả lại sau khi từ chối.' }),
      c.verify(verifier, submitted.id),
      http
        .put(`/api/applications/${submitted.id}/scores`)
        .set(bearer(citizen))
        .send({ scores: scores(9) }),
      http.post(`/api/applications/${submitted.id}/submission`).set(bearer(citizen)),
    ];
    for (const res of await Promise.all(conflicts))
      expect([res.status, res.body.code]).toEqual([409, 'APPLICATION_STATUS_CONFLICT']);
    expect((await c.decide(approver, [submitted.id]).expect(409)).body.code).toBe('APPLICATION_STATUS_CONFLICT');
  });

  it('does not let an officer verify their own application', async () => {
    const officerCitizen = await createUser(app, [
      { role: 'citizen', areaId: BA_DINH },
      { role: 'verifier', areaId: BA_DINH },
    ]);
    const own = await submittedApplication(app, officerCitizen);
    expect((await c.verify(officerCitizen, own.id)).status).toBe(403);
  });

  it("keeps a citizen's unsent draft from officers", async () => {
    const citizen = await c.citizenOf();
    const draft = (await http.post('/api/my/applications').set(bearer(citizen)).send({ year: THIS_YEAR }).expect(200))
      .body as Application;
    const verifier = await c.officer('verifier');
    await http.get(`/api/applications/${draft.id}`).set(bearer(verifier)).expect(404);
    const drafts: ApplicationSummary[] = (
      await http.get('/api/applications?status=draft').set(bearer(verifier)).expect(200)
    ).body;
    expect(drafts.map((a) => a.id)).not.toContain(draft.id);
  });

  it('tells officers when the applicant’s learning records no longer match their hash chain', async () => {
    const citizen = await c.citizenOf();
    const records = app.get(RecordsService);
    const first = await records.appendNow({
      personId: citizen.id,
      verb: 'completed',
      objectType: 'h5p_material',
      objectId: 'm1',
      objectName: { vi: 'Bài 1' },
      trust: 'reported',
      completion: true,
    });
    await records.appendNow({
      personId: citizen.id,
      verb: 'completed',
      objectType: 'h5p_material',
      objectId: 'm2',
      objectName: { vi: 'Bài 2' },
      trust: 'reported',
      completion: true,
    });
    const submitted = await submittedApplication(app, citizen);
    const verifier = await c.officer('verifier');
    expect((await c.read(verifier, submitted.id)).evidenceIntact).toBe(true);
    // Only a database superuser can get past the append-only trigger (not the API's role).
    await behindTheTrigger((tx) => tx.query(`UPDATE learning_record SET object_id = 'm9' WHERE id = $1`, [first.id]));
    expect((await c.read(verifier, submitted.id)).evidenceIntact).toBe(false);
  });
});

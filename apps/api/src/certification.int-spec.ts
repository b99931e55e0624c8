import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { dayIn, VIETNAM_TIME_ZONE } from '@lc/api-certification';
import { RecordsService } from '@lc/api-records';
import type { Application, ApplicationSummary } from '@lc/shared-contracts';
import {
  BA_DINH,
  NGOC_HA,
  recognisedApplication,
  scores,
  submittedApplication,
  THIS_YEAR,
  TODAY,
} from './testing/fixtures';
import { asOwner, bearer, createTestApp, createUser, TestUser } from './testing/test-app';

describe('certification (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
  });
  afterAll(() => app.close());

  const citizenOf = (communeId = BA_DINH, birthYear?: number) =>
    createUser(app, [{ role: 'citizen', areaId: communeId }], { birthYear });
  const officer = (role: 'verifier' | 'approver', communeId = BA_DINH) =>
    createUser(app, [{ role, areaId: communeId }]);
  const verify = (who: TestUser, id: string, s = scores()) =>
    http.post(`/api/applications/${id}/verification`).set(bearer(who)).send({ scores: s });
  const decisionNumber = () => `${Math.random().toString(36).slice(2, 8)}/QĐ-UBND`;
  const decide = (who: TestUser, applicationIds: string[], number = decisionNumber(), communeId = BA_DINH) =>
    http
      .post('/api/decisions')
      .set(bearer(who))
      .send({ communeId, number, signedOn: TODAY, signerName: 'Trần Văn Ký', applicationIds });
  const read = async (who: TestUser, id: string): Promise<Application> =>
    (await http.get(`/api/applications/${id}`).set(bearer(who)).expect(200)).body;

  it('lets a citizen open one application a year, score the ten items and submit it', async () => {
    const citizen = await citizenOf();
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
    const app1 = await submittedApplication(app, await citizenOf());
    const res = await http
      .get(`/api/applications/${app1.id}`)
      .set(bearer(await citizenOf()))
      .expect(404);
    expect(res.body).toEqual({ code: 'APPLICATION_NOT_FOUND', message: expect.any(String) });
    await http
      .get(`/api/applications/${app1.id}`)
      .set(bearer(await officer('verifier', NGOC_HA)))
      .expect(404);
    await http.get(`/api/applications/${app1.id}`).expect(401);
  });

  it('is verified only by a verifier of its own commune', async () => {
    const citizen = await citizenOf();
    const submitted = await submittedApplication(app, citizen);
    expect((await verify(citizen, submitted.id).expect(403)).body.code).toBe('ROLE_REQUIRED');
    const ngocHa = await officer('verifier', NGOC_HA);
    // Outside the area the application is answered as missing, whatever its status (ADR 0027).
    expect((await verify(ngocHa, submitted.id).expect(404)).body).toEqual({
      code: 'APPLICATION_NOT_FOUND',
      message: expect.any(String),
    });
    const otherQueue: ApplicationSummary[] = (await http.get('/api/applications').set(bearer(ngocHa)).expect(200)).body;
    expect(otherQueue.map((a) => a.id)).not.toContain(submitted.id);

    const verifier = await officer('verifier');
    const queue: ApplicationSummary[] = (await http.get('/api/applications').set(bearer(verifier)).expect(200)).body;
    expect(queue.find((a) => a.id === submitted.id)).toMatchObject({
      status: 'submitted',
      communeId: BA_DINH,
      total: 80,
    });
    await verify(verifier, submitted.id, scores(8, { '1.1': 11 })).expect(422);
    const verified = await verify(verifier, submitted.id, scores(9)).expect(200);
    expect(verified.body).toMatchObject({ status: 'verified', total: 90 });
    await verify(verifier, submitted.id).expect(409);
    await http.get('/api/applications').set(bearer(citizen)).expect(403);
  });

  it('refuses a person who verified an application the right to decide it, and approvers of other communes', async () => {
    const submitted = await submittedApplication(app, await citizenOf());
    const both = await createUser(app, [
      { role: 'verifier', areaId: BA_DINH },
      { role: 'approver', areaId: BA_DINH },
    ]);
    await verify(both, submitted.id).expect(200);
    expect((await decide(both, [submitted.id]).expect(403)).body).toEqual({
      code: 'SAME_VERIFIER_APPROVER',
      message: expect.any(String),
    });
    const reject = await http
      .post(`/api/applications/${submitted.id}/rejection`)
      .set(bearer(both))
      .send({ reason: 'Tự từ chối hồ sơ.' })
      .expect(403);
    expect(reject.body.code).toBe('SAME_VERIFIER_APPROVER');
    const ngocHa = await officer('approver', NGOC_HA);
    expect((await decide(ngocHa, [submitted.id]).expect(403)).body.code).toBe('AREA_FORBIDDEN');
    expect((await decide(ngocHa, [submitted.id], decisionNumber(), NGOC_HA).expect(404)).body.code).toBe(
      'APPLICATION_NOT_FOUND',
    );
    await decide(await officer('verifier'), [submitted.id]).expect(403);
    expect((await read(both, submitted.id)).status).toBe('verified');
  });

  it('recognises in a numbered decision, records every step, and replays the same decision harmlessly', async () => {
    const citizen = await citizenOf();
    const submitted = await submittedApplication(app, citizen);
    await verify(await officer('verifier'), submitted.id).expect(200);
    const approver = await officer('approver');
    expect(
      (await http.get('/api/applications').set(bearer(approver)).expect(200)).body.map((a: ApplicationSummary) => a.id),
    ).toContain(submitted.id);
    const number = decisionNumber();
    const decision = await decide(approver, [submitted.id], number).expect(201);
    expect(decision.body).toMatchObject({
      number,
      signedOn: TODAY,
      signerName: 'Trần Văn Ký',
      communeName: 'Phường Ba Đình',
    });
    const recognised = await read(citizen, submitted.id);
    expect(recognised).toMatchObject({
      status: 'recognised',
      certificateCode: expect.stringMatching(/^[A-Z2-9]{10}$/),
      decision: { id: decision.body.id, number },
    });
    expect(recognised.transitions.map((t) => [t.from, t.to, t.actorRole, t.actorName])).toEqual([
      ['draft', 'submitted', 'citizen', 'Nguyễn Thị Thử'],
      ['submitted', 'verified', 'verifier', 'Cán bộ Thử'],
      ['verified', 'recognised', 'approver', 'Cán bộ Thử'],
    ]);
    expect(recognised.transitions[2].reason).toContain(number);

    const replay = await decide(approver, [submitted.id], number).expect(201);
    expect(replay.body.id).toBe(decision.body.id);
    expect((await read(citizen, submitted.id)).certificateCode).toBe(recognised.certificateCode);
    const other = await submittedApplication(app, await citizenOf());
    await verify(await officer('verifier'), other.id).expect(200);
    expect((await decide(approver, [other.id], number).expect(409)).body.code).toBe('DECISION_NUMBER_TAKEN');
    expect((await decide(approver, [submitted.id, other.id], number).expect(409)).body.code).toBe(
      'DECISION_NUMBER_TAKEN',
    );
    expect((await read(approver, other.id)).status).toBe('verified');
  });

  it('refuses a decision dated in the future or before the applications’ year, and recognises nothing', async () => {
    const submitted = await submittedApplication(app, await citizenOf());
    await verify(await officer('verifier'), submitted.id).expect(200);
    const approver = await officer('approver');
    const signedOn = (day: string) =>
      http
        .post('/api/decisions')
        .set(bearer(approver))
        .send({
          communeId: BA_DINH,
          number: decisionNumber(),
          signedOn: day,
          signerName: 'Trần Văn Ký',
          applicationIds: [submitted.id],
        });
    // Tomorrow as Hà Nội counts days, whatever the server's zone.
    const tomorrow = dayIn(new Date(Date.now() + 86_400_000), VIETNAM_TIME_ZONE);
    for (const day of [tomorrow, `${THIS_YEAR + 1}-01-01`, `${THIS_YEAR - 1}-12-31`, '2000-01-01']) {
      const res = await signedOn(day).expect(422);
      expect(res.body).toEqual({ code: 'DECISION_DATE_INVALID', message: expect.stringMatching(/Ngày ký/) });
    }
    expect((await signedOn(`${THIS_YEAR}-02-30`).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await signedOn(`${TODAY}T00:00:00Z`).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await read(approver, submitted.id)).status).toBe('verified');
    await signedOn(`${THIS_YEAR}-01-01`).expect(201);
    expect((await read(approver, submitted.id)).status).toBe('recognised');
  });

  it('does not recognise an application below the pass rule, and recognises none of a batch that holds one', async () => {
    const verifier = await officer('verifier');
    const approver = await officer('approver');
    const verified = async (s: Record<string, number>) => {
      const a = await submittedApplication(app, await citizenOf());
      await verify(verifier, a.id, s).expect(200);
      return a.id;
    };
    const oneItemLow = await verified(scores(9, { '3.2': 4 }));
    const total79 = await verified(scores(8, { '3.2': 7 }));
    const good = await verified(scores(8));
    for (const id of [oneItemLow, total79]) {
      const res = await decide(approver, [id]).expect(422);
      expect(res.body).toEqual({ code: 'APPLICATION_NOT_PASSING', message: expect.any(String) });
    }
    const number = decisionNumber();
    await decide(approver, [good, oneItemLow], number).expect(422);
    for (const id of [oneItemLow, total79, good]) expect((await read(approver, id)).status).toBe('verified');
    await decide(approver, [good], number).expect(201);
  });

  it('returns an application with reasons, and the citizen fixes and resubmits it', async () => {
    const citizen = await citizenOf();
    const submitted = await submittedApplication(app, citizen);
    const verifier = await officer('verifier');
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

    await verify(verifier, submitted.id).expect(200);
    const approverReturn = await http
      .post(`/api/applications/${submitted.id}/return`)
      .set(bearer(await officer('approver')))
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
    const citizen = await citizenOf();
    const submitted = await submittedApplication(app, citizen);
    const approver = await officer('approver');
    const reject = (reason: string) =>
      http.post(`/api/applications/${submitted.id}/rejection`).set(bearer(approver)).send({ reason });
    expect((await reject('Không đủ điều kiện.').expect(409)).body.code).toBe('APPLICATION_STATUS_CONFLICT');
    const verifier = await officer('verifier');
    await verify(verifier, submitted.id).expect(200);
    await http
      .post(`/api/applications/${submitted.id}/rejection`)
      .set(bearer(await officer('approver', NGOC_HA)))
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
      verify(verifier, submitted.id),
      http
        .put(`/api/applications/${submitted.id}/scores`)
        .set(bearer(citizen))
        .send({ scores: scores(9) }),
      http.post(`/api/applications/${submitted.id}/submission`).set(bearer(citizen)),
    ];
    for (const res of await Promise.all(conflicts))
      expect([res.status, res.body.code]).toEqual([409, 'APPLICATION_STATUS_CONFLICT']);
    expect((await decide(approver, [submitted.id]).expect(409)).body.code).toBe('APPLICATION_STATUS_CONFLICT');
  });

  it('shows the certificate to its holder, and to the public only as initials', async () => {
    const citizen = await citizenOf(BA_DINH, 1967);
    const recognised = await recognisedApplication(app, citizen, BA_DINH);
    const code = recognised.certificateCode!;
    const mine = await http.get('/api/my/certificates').set(bearer(citizen)).expect(200);
    expect(mine.body).toEqual([
      expect.objectContaining({
        code,
        holderName: 'Nguyễn Thị Thử',
        year: THIS_YEAR,
        validUntil: `${THIS_YEAR + 1}-12-31`,
        revoked: false,
        verifyUrl: expect.stringContaining(code),
      }),
    ]);
    expect(
      (
        await http
          .get('/api/my/certificates')
          .set(bearer(await citizenOf()))
          .expect(200)
      ).body,
    ).toEqual([]);

    const pub = await http.get(`/api/public/certificates/${code}`).expect(200);
    expect(pub.body).toMatchObject({
      code,
      valid: true,
      status: 'valid',
      holderInitials: 'N. T. T.',
      communeName: 'Phường Ba Đình',
      year: THIS_YEAR,
    });
    const json = JSON.stringify(pub.body);
    for (const secret of ['Nguyễn', 'Thử', '1967', citizen.login, citizen.id]) expect(json).not.toContain(secret);
    expect((await http.get(`/api/public/certificates/${code.toLowerCase()}`).expect(200)).body.code).toBe(code);

    const qr = await http
      .get(`/api/public/certificates/${code}/qr.svg`)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => done(null, text));
      })
      .expect(200);
    expect(qr.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(qr.body).toMatch(/<svg[\s\S]*<\/svg>/);
    const unknown = await http.get('/api/public/certificates/ABCDEFGHJK').expect(404);
    expect(unknown.body).toEqual({ code: 'CERTIFICATE_NOT_FOUND', message: expect.any(String) });
    await http.get('/api/public/certificates/ABCDEFGHJK/qr.svg').expect(404);
  });

  it('revokes a recognised title with a reason: the public page says so, and only an approver of its commune may', async () => {
    const citizen = await citizenOf(BA_DINH);
    const recognised = await recognisedApplication(app, citizen, BA_DINH);
    const reason = 'Hồ sơ kê khai không đúng sự thật.';
    await http
      .post(`/api/applications/${recognised.id}/revocation`)
      .set(bearer(await officer('verifier')))
      .send({ reason })
      .expect(403);
    const elsewhere = await http
      .post(`/api/applications/${recognised.id}/revocation`)
      .set(bearer(await officer('approver', NGOC_HA)))
      .send({ reason });
    // Outside the area the application is answered as missing (ADR 0027).
    expect([elsewhere.status, elsewhere.body.code]).toEqual([404, 'APPLICATION_NOT_FOUND']);
    const approver = await officer('approver');
    await http
      .post(`/api/applications/${recognised.id}/revocation`)
      .set(bearer(approver))
      .send({ reason: 'x' })
      .expect(400);
    const revoked = await http
      .post(`/api/applications/${recognised.id}/revocation`)
      .set(bearer(approver))
      .send({ reason })
      .expect(200);
    expect(revoked.body.status).toBe('revoked');
    expect(revoked.body.transitions.at(-1)).toMatchObject({
      from: 'recognised',
      to: 'revoked',
      actorRole: 'approver',
      reason,
    });
    const again = await http
      .post(`/api/applications/${recognised.id}/revocation`)
      .set(bearer(approver))
      .send({ reason })
      .expect(409);
    expect(again.body.code).toBe('APPLICATION_STATUS_CONFLICT');
    const pub = await http.get(`/api/public/certificates/${recognised.certificateCode}`).expect(200);
    expect(pub.body).toMatchObject({ valid: false, status: 'revoked' });
    const mine = await http.get('/api/my/certificates').set(bearer(citizen)).expect(200);
    expect(mine.body).toEqual([expect.objectContaining({ code: recognised.certificateCode, revoked: true })]);
  });

  // returnToApplicant picks the role from the status (verified → approver, anything else → verifier) and checks the
  // area before the status, so an approver of the commune hears "no right to this area" instead of a 409.
  it('answers an approver returning a rejected application with 409, not 403 AREA_FORBIDDEN', async () => {
    const submitted = await submittedApplication(app, await citizenOf());
    await verify(await officer('verifier'), submitted.id).expect(200);
    const approver = await officer('approver');
    await http
      .post(`/api/applications/${submitted.id}/rejection`)
      .set(bearer(approver))
      .send({ reason: 'Kê khai không trung thực.' })
      .expect(200);
    const res = await http
      .post(`/api/applications/${submitted.id}/return`)
      .set(bearer(approver))
      .send({ reason: 'Trả lại sau khi từ chối.' });
    expect([res.status, res.body.code]).toEqual([409, 'APPLICATION_STATUS_CONFLICT']);
  });

  // A double-click or a retry on a slow connection sends the same decision twice at once: both pass the "number
  // already used?" check, and the loser hits the unique index (500) or the status guard (409) instead of a replay.
  it('answers the same decision sent several times at once with the same decision', async () => {
    const submitted = await submittedApplication(app, await citizenOf());
    await verify(await officer('verifier'), submitted.id).expect(200);
    const approver = await officer('approver');
    const number = decisionNumber();
    const results = await Promise.all([1, 2, 3].map(() => decide(approver, [submitted.id], number)));
    expect(results.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
  });

  // Like REVIEW_OWN_COURSE for courses: an officer who applies for the title is judged by someone else.
  it('does not let an officer verify their own application', async () => {
    const officerCitizen = await createUser(app, [
      { role: 'citizen', areaId: BA_DINH },
      { role: 'verifier', areaId: BA_DINH },
    ]);
    const own = await submittedApplication(app, officerCitizen);
    expect((await verify(officerCitizen, own.id)).status).toBe(403);
  });

  it("keeps a citizen's unsent draft from officers", async () => {
    const citizen = await citizenOf();
    const draft = (await http.post('/api/my/applications').set(bearer(citizen)).send({ year: THIS_YEAR }).expect(200))
      .body as Application;
    const verifier = await officer('verifier');
    await http.get(`/api/applications/${draft.id}`).set(bearer(verifier)).expect(404);
    const drafts: ApplicationSummary[] = (
      await http.get('/api/applications?status=draft').set(bearer(verifier)).expect(200)
    ).body;
    expect(drafts.map((a) => a.id)).not.toContain(draft.id);
  });

  it('tells officers when the applicant’s learning records no longer match their hash chain', async () => {
    const citizen = await citizenOf();
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
    const verifier = await officer('verifier');
    expect((await read(verifier, submitted.id)).evidenceIntact).toBe(true);
    // Only a database superuser can get past the append-only trigger (not the API's role).
    await asOwner((owner) =>
      owner.transaction(async (tx) => {
        await tx.query(`SET LOCAL session_replication_role = replica`);
        await tx.query(`UPDATE learning_record SET object_id = 'm9' WHERE id = $1`, [first.id]);
      }),
    );
    expect((await read(verifier, submitted.id)).evidenceIntact).toBe(false);
  });
});

import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { dayIn, VIETNAM_TIME_ZONE } from '@lc/api-certification';
import type { ApplicationSummary } from '@lc/shared-contracts';
import { BA_DINH, scores, submittedApplication, THIS_YEAR, TODAY } from './testing/fixtures';
import { bearer, createTestApp } from './testing/test-app';
import { certificationHttp, CertificationHttp } from './testing/certification-http';

describe('certification: decisions (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let c: CertificationHttp;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    c = certificationHttp(app);
  });
  afterAll(() => app.close());

  it('recognises in a numbered decision, records every step, and replays the same decision harmlessly', async () => {
    const citizen = await c.citizenOf();
    const submitted = await submittedApplication(app, citizen);
    await c.verify(await c.officer('verifier'), submitted.id).expect(200);
    const approver = await c.officer('approver');
    expect(
      (await http.get('/api/applications').set(bearer(approver)).expect(200)).body.map((a: ApplicationSummary) => a.id),
    ).toContain(submitted.id);
    const number = c.decisionNumber();
    const decision = await c.decide(approver, [submitted.id], number).expect(201);
    expect(decision.body).toMatchObject({
      number,
      signedOn: TODAY,
      signerName: 'Trần Văn Ký',
      communeName: 'Phường Ba Đình',
    });
    const recognised = await c.read(citizen, submitted.id);
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

    const replay = await c.decide(approver, [submitted.id], number).expect(201);
    expect(replay.body.id).toBe(decision.body.id);
    expect((await c.read(citizen, submitted.id)).certificateCode).toBe(recognised.certificateCode);
    const other = await submittedApplication(app, await c.citizenOf());
    await c.verify(await c.officer('verifier'), other.id).expect(200);
    expect((await c.decide(approver, [other.id], number).expect(409)).body.code).toBe('DECISION_NUMBER_TAKEN');
    expect((await c.decide(approver, [submitted.id, other.id], number).expect(409)).body.code).toBe(
      'DECISION_NUMBER_TAKEN',
    );
    expect((await c.read(approver, other.id)).status).toBe('verified');
  });

  it('refuses a decision dated in the future or before the applications’ year, and recognises nothing', async () => {
    const submitted = await submittedApplication(app, await c.citizenOf());
    await c.verify(await c.officer('verifier'), submitted.id).expect(200);
    const approver = await c.officer('approver');
    const signedOn = (day: string) =>
      http
        .post('/api/decisions')
        .set(bearer(approver))
        .send({
          communeId: BA_DINH,
          number: c.decisionNumber(),
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
    expect((await c.read(approver, submitted.id)).status).toBe('verified');
    await signedOn(`${THIS_YEAR}-01-01`).expect(201);
    expect((await c.read(approver, submitted.id)).status).toBe('recognised');
  });

  it('does not recognise an application below the pass rule, and recognises none of a batch that holds one', async () => {
    const verifier = await c.officer('verifier');
    const approver = await c.officer('approver');
    const verified = async (s: Record<string, number>) => {
      const a = await submittedApplication(app, await c.citizenOf());
      await c.verify(verifier, a.id, s).expect(200);
      return a.id;
    };
    const oneItemLow = await verified(scores(9, { '3.2': 4 }));
    const total79 = await verified(scores(8, { '3.2': 7 }));
    const good = await verified(scores(8));
    for (const id of [oneItemLow, total79]) {
      const res = await c.decide(approver, [id]).expect(422);
      expect(res.body).toEqual({ code: 'APPLICATION_NOT_PASSING', message: expect.any(String) });
    }
    const number = c.decisionNumber();
    await c.decide(approver, [good, oneItemLow], number).expect(422);
    for (const id of [oneItemLow, total79, good]) expect((await c.read(approver, id)).status).toBe('verified');
    await c.decide(approver, [good], number).expect(201);
  });

  it('answers an approver returning a rejected application with 409, not 403 AREA_FORBIDDEN', async () => {
    const submitted = await submittedApplication(app, await c.citizenOf());
    await c.verify(await c.officer('verifier'), submitted.id).expect(200);
    const approver = await c.officer('approver');
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
    const submitted = await submittedApplication(app, await c.citizenOf());
    await c.verify(await c.officer('verifier'), submitted.id).expect(200);
    const approver = await c.officer('approver');
    const number = c.decisionNumber();
    const results = await Promise.all([1, 2, 3].map(() => c.decide(approver, [submitted.id], number)));
    expect(results.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
  });

  // Like REVIEW_OWN_COURSE for courses: an officer who applies for the title is judged by someone else.
});

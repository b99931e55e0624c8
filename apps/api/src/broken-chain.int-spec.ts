import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { BA_DINH, scores, submittedApplication, TODAY } from './testing/fixtures';
import { certificationHttp, CertificationHttp } from './testing/certification-http';
import { tamperFirstRecord, verifiedRecord } from './testing/learning-records';
import { bearer, createTestApp } from './testing/test-app';

const CROWD = 50;

/**
 * Officers do not act on evidence whose hash chain no longer holds without saying why, and the reason travels with
 * the application (issue 9 §1, docs/adr/0013).
 */
describe('a broken chain of evidence (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let c: CertificationHttp;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    c = certificationHttp(app);
  });
  afterAll(() => app.close());

  it('refuses to verify a broken chain without a reason, and shows the reason given to the approver', async () => {
    const citizen = await c.citizenOf();
    await verifiedRecord(app, citizen.id, 1);
    const submitted = await submittedApplication(app, citizen);
    await tamperFirstRecord(citizen.id);
    const verifier = await c.officer('verifier');
    const verify = (body: object) =>
      http
        .post(`/api/applications/${submitted.id}/verification`)
        .set(bearer(verifier))
        .send({ scores: scores(), ...body });

    const refused = await verify({}).expect(422);
    expect(refused.body).toEqual({
      code: 'EVIDENCE_CHAIN_BROKEN',
      message: expect.stringMatching(/không còn nguyên vẹn.*lý do/),
      details: { problem: 'modified' },
    });
    expect((await verify({ evidenceOverride: '   ' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await c.read(verifier, submitted.id)).status).toBe('submitted');
    const override = 'Đã đối chiếu giấy chứng nhận bản gốc tại UBND phường.';
    await verify({ evidenceOverride: override }).expect(200);

    const approver = await c.officer('approver');
    const seen = await c.read(approver, submitted.id);
    expect(seen).toMatchObject({ status: 'verified', evidenceIntact: false, evidenceProblem: 'modified' });
    expect(seen.transitions.at(-1)).toMatchObject({
      to: 'verified',
      actorRole: 'verifier',
      evidenceProblem: 'modified',
      evidenceOverride: override,
    });
    expect(seen.transitions[0]).toMatchObject({ to: 'submitted', evidenceProblem: null, evidenceOverride: null });
  });

  it('refuses a decision holding a broken chain, all of it, until the approver gives a reason', async () => {
    const verifier = await c.officer('verifier');
    const brokenCitizen = await c.citizenOf();
    const broken = await submittedApplication(app, brokenCitizen);
    const intact = await submittedApplication(app, await c.citizenOf());
    for (const a of [intact, broken])
      await http
        .post(`/api/applications/${a.id}/verification`)
        .set(bearer(verifier))
        .send({ scores: scores() })
        .expect(200);
    await verifiedRecord(app, brokenCitizen.id, 1);
    await tamperFirstRecord(brokenCitizen.id);

    const approver = await c.officer('approver');
    const decide = (body: object = {}) =>
      http
        .post('/api/decisions')
        .set(bearer(approver))
        .send({
          communeId: BA_DINH,
          number: `${randomUUID().slice(0, 6)}/QĐ-UBND`,
          signedOn: TODAY,
          signerName: 'Trần Văn Ký',
          applicationIds: [intact.id, broken.id],
          ...body,
        });
    const refused = await decide().expect(422);
    expect(refused.body).toMatchObject({ code: 'EVIDENCE_CHAIN_BROKEN', details: { applicationIds: [broken.id] } });
    for (const id of [intact.id, broken.id]) expect((await c.read(approver, id)).status).toBe('verified');

    const override = 'Hội đồng đã xem hồ sơ giấy, giữ nguyên đề nghị công nhận.';
    await decide({ evidenceOverride: override }).expect(201);
    const recognised = await c.read(approver, broken.id);
    expect(recognised.transitions.at(-1)).toMatchObject({
      to: 'recognised',
      evidenceProblem: 'modified',
      evidenceOverride: override,
    });
    expect((await c.read(approver, intact.id)).transitions.at(-1)).toMatchObject({
      to: 'recognised',
      evidenceOverride: null,
    });
  });

  it(`takes one of ${CROWD} verifications with a reason sent at once, and records the reason once`, async () => {
    const citizen = await c.citizenOf();
    await verifiedRecord(app, citizen.id, 1);
    const submitted = await submittedApplication(app, citizen);
    await tamperFirstRecord(citizen.id);
    const verifier = await c.officer('verifier');
    const results = await Promise.all(
      Array.from({ length: CROWD }, (_, i) =>
        http
          .post(`/api/applications/${submitted.id}/verification`)
          .set(bearer(verifier))
          .send({ scores: scores(), evidenceOverride: `Lý do vẫn xác minh, lần gửi ${i}.` }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'APPLICATION_STATUS_CONFLICT')).toBe(
      true,
    );
    const seen = await c.read(verifier, submitted.id);
    expect(seen.transitions.filter((t) => t.to === 'verified')).toHaveLength(1);
    expect(seen.transitions.at(-1)?.evidenceOverride).toMatch(/^Lý do vẫn xác minh/);
  });

  it(`answers ${CROWD} copies of one decision with a reason, sent at once, with the same decision`, async () => {
    const citizen = await c.citizenOf();
    await verifiedRecord(app, citizen.id, 1);
    const submitted = await submittedApplication(app, citizen);
    await http
      .post(`/api/applications/${submitted.id}/verification`)
      .set(bearer(await c.officer('verifier')))
      .send({ scores: scores() })
      .expect(200);
    await tamperFirstRecord(citizen.id);
    const approver = await c.officer('approver');
    const body = {
      communeId: BA_DINH,
      number: `${randomUUID().slice(0, 6)}/QĐ-UBND`,
      signedOn: TODAY,
      signerName: 'Trần Văn Ký',
      applicationIds: [submitted.id],
      evidenceOverride: 'Đã đối chiếu bản giấy, công nhận theo đề nghị.',
    };
    const results = await Promise.all(
      Array.from({ length: CROWD }, () => http.post('/api/decisions').set(bearer(approver)).send(body)),
    );
    expect(results.map((r) => r.status)).toEqual(Array(CROWD).fill(201));
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    const recognised = await c.read(approver, submitted.id);
    expect(recognised.transitions.filter((t) => t.to === 'recognised')).toHaveLength(1);
  });
});

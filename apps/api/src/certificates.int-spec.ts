import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { BA_DINH, NGOC_HA, recognisedApplication, THIS_YEAR } from './testing/fixtures';
import { bearer, createTestApp } from './testing/test-app';
import { certificationHttp, CertificationHttp } from './testing/certification-http';

describe('certification: certificates and revocation (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let c: CertificationHttp;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    c = certificationHttp(app);
  });
  afterAll(() => app.close());

  it('shows the certificate to its holder, and to the public only as initials', async () => {
    const citizen = await c.citizenOf(BA_DINH, 1967);
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
          .set(bearer(await c.citizenOf()))
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
    const citizen = await c.citizenOf(BA_DINH);
    const recognised = await recognisedApplication(app, citizen, BA_DINH);
    const reason = 'Hồ sơ kê khai không đúng sự thật.';
    await http
      .post(`/api/applications/${recognised.id}/revocation`)
      .set(bearer(await c.officer('verifier')))
      .send({ reason })
      .expect(403);
    const elsewhere = await http
      .post(`/api/applications/${recognised.id}/revocation`)
      .set(bearer(await c.officer('approver', NGOC_HA)))
      .send({ reason });
    // Outside the area the application is answered as missing (ADR 0027).
    expect([elsewhere.status, elsewhere.body.code]).toEqual([404, 'APPLICATION_NOT_FOUND']);
    const approver = await c.officer('approver');
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
});

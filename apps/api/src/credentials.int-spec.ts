import { INestApplication } from '@nestjs/common';
import { createLocalJWKSet, errors, jwtVerify } from 'jose';
import { gunzipSync } from 'node:zlib';
import request from 'supertest';
import { BA_DINH, recognisedApplication, THIS_YEAR } from './testing/fixtures';
import { textBody } from './testing/response-body';
import { bearer, createTestApp, createUser } from './testing/test-app';

/** The spec's own reading of a Bitstring Status List: GZIP, base64url after the multibase `u`, index 0 = MSB. */
function bitOf(encodedList: string, index: number): boolean {
  expect(encodedList[0]).toBe('u');
  const bytes = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
  expect(bytes.length * 8).toBeGreaterThanOrEqual(131_072);
  return ((bytes[Math.floor(index / 8)] >> (7 - (index % 8))) & 1) === 1;
}

describe('certificates as Open Badges credentials (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
  });
  afterAll(() => app.close());

  const published = async () => {
    const jwks = await http.get('/api/public/issuer/jwks.json').expect(200);
    return createLocalJWKSet(jwks.body);
  };
  const statusBitOf = async (index: number) => {
    const res = await http.get('/api/public/credentials/status/revocation').buffer(true).parse(textBody).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/vc\+jwt/);
    const { payload } = await jwtVerify(res.body as string, await published(), { typ: 'vc+jwt' });
    expect(payload['type']).toEqual(['VerifiableCredential', 'BitstringStatusListCredential']);
    const subject = payload['credentialSubject'] as { statusPurpose: string; encodedList: string };
    expect(subject.statusPurpose).toBe('revocation');
    return bitOf(subject.encodedList, index);
  };

  it('issues a signed credential that jose accepts with the published JWKS, refuses once tampered, and revokes', async () => {
    const citizen = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    const recognised = await recognisedApplication(app, citizen, BA_DINH);
    const code = recognised.certificateCode!;
    const download = () =>
      http.get(`/api/my/certificates/${code}/credential.jwt`).set(bearer(citizen)).buffer(true).parse(textBody);

    const issued = await download().expect(200);
    const jwt = issued.body as string;
    expect(issued.headers['content-type']).toMatch(/^application\/vc\+jwt/);

    // The library's own verifier, with nothing of ours but the published key set.
    const { payload, protectedHeader } = await jwtVerify(jwt, await published(), {
      algorithms: ['EdDSA'],
      typ: 'vc+jwt',
    });
    const jwks = (await http.get('/api/public/issuer/jwks.json')).body as { keys: { kid: string; crv: string }[] };
    expect(jwks.keys).toEqual([expect.objectContaining({ kty: 'OKP', crv: 'Ed25519', kid: protectedHeader.kid })]);
    expect(jwks.keys[0]).not.toHaveProperty('d');
    expect(payload).toMatchObject({
      '@context': expect.arrayContaining(['https://www.w3.org/ns/credentials/v2']),
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: expect.stringMatching(/\/api\/public\/issuer$/), name: 'Ủy ban nhân dân Phường Ba Đình' },
      validUntil: `${THIS_YEAR + 1}-12-31T23:59:59+07:00`,
      credentialSubject: { achievement: { name: `Công dân học tập năm ${THIS_YEAR}` } },
      evidence: [{ name: expect.stringMatching(/^Quyết định số .+\/QĐ-UBND ngày \d\d\/\d\d\/\d{4}$/) }],
      credentialStatus: { type: 'BitstringStatusListEntry', statusPurpose: 'revocation' },
    });
    // A UUID's last group can be twelve digits by chance: only what is not a UUID may not look like a citizen ID.
    const personal = JSON.stringify(payload).replace(/urn:uuid:[0-9a-f-]{36}/g, '');
    expect(personal).not.toMatch(/citizenId|birthYear|\b\d{12}\b/);
    const index = Number((payload['credentialStatus'] as { statusListIndex: string }).statusListIndex);
    expect((await download().expect(200)).body).toBe(jwt);

    // Tampered: another year in the payload, the signature kept.
    const [header, body, signature] = jwt.split('.');
    const forged = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    forged.credentialSubject.achievement.name = `Công dân học tập năm ${THIS_YEAR + 1}`;
    const tampered = `${header}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${signature}`;
    await expect(jwtVerify(tampered, await published())).rejects.toBeInstanceOf(errors.JWSSignatureVerificationFailed);
    const checkTampered = await http.post('/api/public/credential-checks').send({ credential: tampered }).expect(200);
    expect(checkTampered.body).toEqual({ signature: 'invalid', status: 'invalid' });

    expect(await statusBitOf(index)).toBe(false);
    const valid = await http.post('/api/public/credential-checks').send({ credential: jwt }).expect(200);
    expect(valid.body).toEqual({
      signature: 'valid',
      status: 'valid',
      code,
      holderInitials: expect.stringMatching(/^([A-ZĐ]\. ?)+$/),
      achievement: `Công dân học tập năm ${THIS_YEAR}`,
    });

    const approver = await createUser(app, [{ role: 'approver', areaId: BA_DINH }]);
    await http
      .post(`/api/applications/${recognised.id}/revocation`)
      .set(bearer(approver))
      .send({ reason: 'Hồ sơ kê khai không đúng sự thật.' })
      .expect(200);

    // The signature still holds (a credential cannot be recalled); its bit in the published list now says revoked.
    await jwtVerify(jwt, await published());
    expect(await statusBitOf(index)).toBe(true);
    const revoked = await http.post('/api/public/credential-checks').send({ credential: jwt }).expect(200);
    expect(revoked.body).toMatchObject({ signature: 'valid', status: 'revoked' });
    expect(JSON.parse((await download().expect(409)).body).code).toBe('CERTIFICATE_REVOKED');
  });

  it('gives a credential only to its holder, and publishes the key set and status list to anyone', async () => {
    const holder = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    const recognised = await recognisedApplication(app, holder, BA_DINH);
    const other = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    const path = `/api/my/certificates/${recognised.certificateCode}/credential.jwt`;
    await http.get(path).expect(401);
    expect((await http.get(path).set(bearer(other)).expect(404)).body.code).toBe('CERTIFICATE_NOT_FOUND');
    await http.get('/api/public/issuer').expect(200);
    await http.post('/api/public/credential-checks').send({ credential: 'short' }).expect(400);
    const garbage = await http
      .post('/api/public/credential-checks')
      .send({ credential: 'x'.repeat(40) })
      .expect(200);
    expect(garbage.body).toEqual({ signature: 'invalid', status: 'invalid' });
  });

  it('gives the holder a PDF certificate with an embedded Vietnamese font, and nobody else', async () => {
    const holder = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    const recognised = await recognisedApplication(app, holder, BA_DINH);
    const path = `/api/my/certificates/${recognised.certificateCode}/certificate.pdf`;
    const pdf = await http.get(path).set(bearer(holder)).buffer(true).expect(200);
    expect(pdf.headers['content-type']).toMatch(/^application\/pdf/);
    const bytes = pdf.body as Buffer;
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The font is embedded (a subset, named +DejaVuSerif), never left to the reader's machine.
    expect(bytes.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSerif/);
    expect(bytes.toString('latin1')).toMatch(/\/FontFile2/);
    const other = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    expect((await http.get(path).set(bearer(other)).expect(404)).body.code).toBe('CERTIFICATE_NOT_FOUND');
  });
});

import { INestApplication } from '@nestjs/common';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { BA_DINH, recognisedApplication } from './testing/fixtures';
import { textBody } from './testing/response-body';
import { bearer, createTestApp, createUser, TestUser } from './testing/test-app';

const newPem = () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

/** Issue 9 §3: the issuer's key can be replaced without breaking the credentials already handed out. */
describe('credential issuer key rotation (HTTP, PostgreSQL)', () => {
  let storage: string;
  const apps: INestApplication[] = [];
  const start = async (pem: string, dir = storage) => {
    const app = await createTestApp({ CREDENTIAL_SIGNING_KEY: pem, STORAGE_DIR: dir });
    apps.push(app);
    return { app, http: request(app.getHttpServer()) };
  };
  const credentialOf = async (http: ReturnType<typeof request>, citizen: TestUser, code: string) =>
    (
      await http
        .get(`/api/my/certificates/${code}/credential.jwt`)
        .set(bearer(citizen))
        .buffer(true)
        .parse(textBody)
        .expect(200)
    ).body as string;
  const jwksOf = async (http: ReturnType<typeof request>) =>
    (await http.get('/api/public/issuer/jwks.json').expect(200)).body as { keys: { kid: string }[] };

  beforeAll(async () => {
    storage = await mkdtemp(join(tmpdir(), 'lc-rotation-'));
  });
  afterAll(() => Promise.all(apps.map((a) => a.close())));

  it('keeps verifying a credential signed before the rotation, with jose and with the public check', async () => {
    const before = await start(newPem());
    const citizen = await createUser(before.app, [{ role: 'citizen', areaId: BA_DINH }]);
    const code = (await recognisedApplication(before.app, citizen, BA_DINH)).certificateCode!;
    const old = await credentialOf(before.http, citizen, code);
    const oldKid = decodeProtectedHeader(old).kid!;
    expect((await jwksOf(before.http)).keys.map((k) => k.kid)).toEqual([oldKid]);
    await before.app.close();

    const after = await start(newPem());
    const jwks = await jwksOf(after.http);
    const fresh = await credentialOf(after.http, citizen, code);
    const newKid = decodeProtectedHeader(fresh).kid!;
    expect(newKid).not.toBe(oldKid);
    // The new key signs; the old one is still published, after it.
    expect(jwks.keys.map((k) => k.kid)).toEqual([newKid, oldKid]);

    // The library's own verifier, given nothing of ours but the published key set, picks each key by its kid.
    const keySet = createLocalJWKSet(jwks as Parameters<typeof createLocalJWKSet>[0]);
    for (const jwt of [old, fresh]) {
      const { payload } = await jwtVerify(jwt, keySet, { algorithms: ['EdDSA'], typ: 'vc+jwt' });
      expect(JSON.stringify(payload)).toContain(code);
    }
    for (const jwt of [old, fresh]) {
      const check = await after.http.post('/api/public/credential-checks').send({ credential: jwt }).expect(200);
      expect(check.body).toMatchObject({ signature: 'valid', status: 'valid', code });
    }

    // A credential signed by a key that was never published is refused.
    const stranger = await start(newPem(), await mkdtemp(join(tmpdir(), 'lc-stranger-')));
    const foreign = await credentialOf(stranger.http, citizen, code);
    await stranger.app.close();
    await expect(jwtVerify(foreign, keySet, { algorithms: ['EdDSA'] })).rejects.toThrow();
    const refused = await after.http.post('/api/public/credential-checks').send({ credential: foreign }).expect(200);
    expect(refused.body).toMatchObject({ signature: 'invalid', status: 'invalid' });
  });
});

import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { RateLimitStore } from '@lc/api-shared';
import { rateLimitKey } from './rate-limits/rate-limits.module';
import { BA_DINH, CITY } from './testing/fixtures';
import { expectRefused, signIn, SMALL_LIMITS, strangers } from './testing/rate-limiting';
import { SAME_ORIGIN } from './testing/refresh-cookie';
import { bearer, createTestApp, createUser } from './testing/test-app';

/** The request limits per client and route (issue 7); sign-in lockout is sign-in-lockout.int-spec. */
describe('rate limits (HTTP, PostgreSQL)', () => {
  /** People are made through an app with the integration suites' lifted limits. */
  let base: INestApplication;
  /** Two API processes sharing the database, trusting X-Forwarded-For from loopback. */
  let api: INestApplication;
  let other: INestApplication;
  /** One that trusts no proxy. */
  let direct: INestApplication;
  const { client, unknownId } = strangers(18, 2);

  beforeAll(async () => {
    base = await createTestApp();
    api = await createTestApp(SMALL_LIMITS);
    other = await createTestApp(SMALL_LIMITS);
    direct = await createTestApp({ ...SMALL_LIMITS, TRUST_PROXY: undefined });
  });
  // Passport keeps one 'jwt' strategy for the whole process: the apps close together, at the end.
  afterAll(() => Promise.all([base, api, other, direct].map((a) => a?.close())));

  /** Sends `send` until one past `limit`: every answer before is not a 429, the last one is. */
  async function reachLimit(limit: number, send: () => request.Test): Promise<request.Response> {
    for (let i = 0; i < limit; i++) expect((await send()).status).not.toBe(429);
    return send();
  }

  describe('each limited route answers 429 RATE_LIMITED with Retry-After past its limit', () => {
    it('sign-in, per client address', async () => {
      const ip = client();
      expectRefused(await reachLimit(6, () => signIn(api, ip, unknownId(), 'sai-mat-khau')));
      // Another client is not affected.
      expect((await signIn(api, client(), unknownId(), 'sai-mat-khau')).status).toBe(401);
    });

    it('registration', async () => {
      const ip = client();
      const http = request(api.getHttpServer());
      expectRefused(await reachLimit(2, () => http.post('/api/auth/register').set('X-Forwarded-For', ip).send({})));
    });

    it('refresh', async () => {
      const ip = client();
      const http = request(api.getHttpServer());
      const refresh = () =>
        http
          .post('/api/auth/refresh')
          .set('X-Forwarded-For', ip)
          .set(SAME_ORIGIN)
          .set('Cookie', `lc_refresh=${'x'.repeat(43)}`);
      expectRefused(await reachLimit(3, refresh));
    });

    it('xAPI ingest', async () => {
      const learner = await createUser(base, [{ role: 'citizen', areaId: BA_DINH }]);
      const ip = client();
      const http = request(api.getHttpServer());
      const send = () =>
        http
          .post(`/api/materials/${randomUUID()}/xapi`)
          .set(bearer(learner))
          .set('X-Forwarded-For', ip)
          .send({ statement: { verb: { id: 'http://adlnet.gov/expapi/verbs/completed' } } });
      expectRefused(await reachLimit(4, send));
      // A signed-in learner is counted as a person: a classmate behind the same school router is not refused.
      const classmate = await createUser(base, [{ role: 'citizen', areaId: BA_DINH }]);
      const theirs = await http
        .post(`/api/materials/${randomUUID()}/xapi`)
        .set(bearer(classmate))
        .set('X-Forwarded-For', ip)
        .send({ statement: { verb: { id: 'http://adlnet.gov/expapi/verbs/completed' } } });
      expect(theirs.status).not.toBe(429);
    });

    it('H5P uploads', async () => {
      const trainer = await createUser(base, [{ role: 'trainer', areaId: CITY }]);
      const ip = client();
      const http = request(api.getHttpServer());
      const send = () =>
        http
          .post(`/api/courses/${randomUUID()}/materials/h5p`)
          .set(bearer(trainer))
          .set('X-Forwarded-For', ip)
          .field('title', 'Bài luyện tập');
      expectRefused(await reachLimit(2, send));
    });

    it('public certificate look-ups, the check page and its QR code together', async () => {
      const ip = client();
      const http = request(api.getHttpServer());
      for (const path of ['ABCDEFGHJK', 'ABCDEFGHJK/qr.svg', 'ABCDEFGHJM'])
        await http.get(`/api/public/certificates/${path}`).set('X-Forwarded-For', ip).expect(404);
      expectRefused(await http.get('/api/public/certificates/ABCDEFGHJK/qr.svg').set('X-Forwarded-For', ip));
    });
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY names the proxy', async () => {
    const lookUp = (app: INestApplication) =>
      request(app.getHttpServer()).get('/api/public/certificates/ABCDEFGHJK').set('X-Forwarded-For', client());
    // Trusted: four clients, one look-up each.
    for (let i = 0; i < 4; i++) expect((await lookUp(api)).status).toBe(404);
    // Not trusted: the same four "clients" are one, the connection's address, and the fourth is refused.
    const statuses = [];
    try {
      for (let i = 0; i < 4; i++) statuses.push((await lookUp(direct)).status);
    } finally {
      // Loopback is every other suite's address: its look-ups must not stay refused after this test.
      for (const loopback of ['127.0.0.1', '::1'])
        await direct.get(RateLimitStore).forget(rateLimitKey('certificate', loopback));
    }
    // The earlier ones may be refused too, should a suite before this one have looked codes up from loopback.
    expect(statuses[3]).toBe(429);
    expect((await lookUp(direct)).status).toBe(404);
  });

  it('shares the counters between API processes', async () => {
    const ip = client();
    const lookUp = (app: INestApplication) =>
      request(app.getHttpServer()).get('/api/public/certificates/ABCDEFGHJK').set('X-Forwarded-For', ip);
    expect([(await lookUp(api)).status, (await lookUp(other)).status, (await lookUp(api)).status]).toEqual([
      404, 404, 404,
    ]);
    expectRefused(await lookUp(other));
  });

  it('counts 60 concurrent hits from two processes without losing one', async () => {
    const key = `test:${randomUUID()}`;
    const stores = [api.get(RateLimitStore), other.get(RateLimitStore)];
    const hits = await Promise.all(
      Array.from({ length: 60 }, (_, i) => stores[i % 2].hit(key, { limit: 1000, windowMs: 60_000, blockMs: 60_000 })),
    );
    expect(hits.map((h) => h.hits).sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    const past = await stores[0].hit(key, { limit: 60, windowMs: 60_000, blockMs: 60_000 });
    expect(past).toMatchObject({ hits: 61, retryAfterSeconds: 60 });
  });

  it('sweeps counters whose window and block have ended', async () => {
    const store = api.get(RateLimitStore);
    const key = `test:${randomUUID()}`;
    await store.hit(key, { limit: 5, windowMs: 1, blockMs: 1 });
    await new Promise((done) => setTimeout(done, 20));
    await store.sweep();
    const rows = await api.get(DataSource).query(`SELECT 1 FROM rate_limit WHERE key = $1`, [key]);
    expect(rows).toEqual([]);
  });
});

import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AreaEntity } from '@lc/api-areas';
import { makeCitizenId, PasswordHasher } from '@lc/api-identity';
import { RateLimitStore } from '@lc/api-shared';
import type { Settings } from '@lc/api-shared';
import { rateLimitKey } from './rate-limits/rate-limits.module';
import { BA_DINH, CITY } from './testing/fixtures';
import { SAME_ORIGIN } from './testing/refresh-cookie';
import { bearer, createTestApp, createUser, PASSWORD, TestUser } from './testing/test-app';

/** Small limits, so that each is reached in a few requests. Clients are told apart by X-Forwarded-For. */
const SMALL: Partial<Settings> = {
  TRUST_PROXY: 'loopback',
  RATE_LIMIT_SIGN_IN: '6/60',
  // An hour: the lock message then reads the same ("60 phút") however long the test takes.
  RATE_LIMIT_SIGN_IN_ACCOUNT: '6/3600',
  RATE_LIMIT_REGISTER: '2/3600',
  RATE_LIMIT_REFRESH: '3/60',
  RATE_LIMIT_XAPI: '4/60',
  RATE_LIMIT_H5P_UPLOAD: '2/3600',
  RATE_LIMIT_CERTIFICATE: '3/60',
  SIGN_IN_FREE_FAILURES: 3,
  SIGN_IN_LOCK_AFTER: 3,
  SIGN_IN_LOCK_SECONDS: 900,
};

type Answer = { status: number; code: string; message: string; retryAfter: boolean };
type Who = 'known' | 'unknown';

describe('rate limits and sign-in lockout (HTTP, PostgreSQL)', () => {
  /** People are made through an app with the integration suites' lifted limits. */
  let base: INestApplication;
  /** Two API processes sharing the database, trusting X-Forwarded-For from loopback. */
  let api: INestApplication;
  let other: INestApplication;
  /** One that trusts no proxy. */
  let direct: INestApplication;
  let next = Math.floor(Math.random() * 60_000);
  /** A client address no other test uses. */
  const client = () => `198.18.${(next >> 8) & 255}.${next++ & 255}`;
  /** An ID number nobody registered: createUser's are from province 001. */
  const unknownId = () => makeCitizenId(1980, 'female', next++ % 1_000_000, 2);

  beforeAll(async () => {
    base = await createTestApp();
    api = await createTestApp(SMALL);
    other = await createTestApp(SMALL);
    direct = await createTestApp({ ...SMALL, TRUST_PROXY: undefined });
  });
  // Passport keeps one 'jwt' strategy for the whole process: the apps close together, at the end.
  afterAll(() => Promise.all([base, api, other, direct].map((a) => a?.close())));

  const signIn = (app: INestApplication, ip: string, login: string, password: string) =>
    request(app.getHttpServer()).post('/api/auth/login').set('X-Forwarded-For', ip).send({ login, password });

  const answer = (res: request.Response): Answer => ({
    status: res.status,
    code: res.body.code,
    message: res.body.message,
    // Whether, not what: the seconds left may tick over between the two logins' tries.
    retryAfter: res.headers['retry-after'] !== undefined,
  });

  /** A 429 in the one error shape, whose Retry-After says the wait the body gives. */
  function expectRefused(res: request.Response, code = 'RATE_LIMITED'): void {
    expect(res.status).toBe(429);
    expect(res.body).toEqual({
      code,
      message: expect.stringMatching(/thử lại sau \d+ (giây|phút)/),
      details: { retryAfterSeconds: expect.any(Number) },
    });
    expect(res.headers['retry-after']).toBe(String(res.body.details.retryAfterSeconds));
    expect(res.body.details.retryAfterSeconds).toBeGreaterThan(0);
  }

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

  it('lets 50 concurrent sign-ins of one login from one client check exactly as many passwords as allowed', async () => {
    const ip = client();
    const login = unknownId();
    const answers = await Promise.all(Array.from({ length: 50 }, () => signIn(api, ip, login, 'sai-mat-khau')));
    const codes = answers.map((r) => r.body.code as string);
    const count = (code: string) => codes.filter((c) => c === code).length;
    // 6 pass the address limit; of those, 3 reach the password check and lock the login for this client.
    expect({ invalid: count('AUTH_INVALID'), locked: count('AUTH_LOCKED'), limited: count('RATE_LIMITED') }).toEqual({
      invalid: 3,
      locked: 3,
      limited: 44,
    });
  });

  it('locks a login for the client that failed, not for its owner on another device', async () => {
    const owner = await createUser(base, [{ role: 'citizen', areaId: BA_DINH }]);
    const attacker = client();
    for (let i = 0; i < 3; i++) await signIn(api, attacker, owner.login, 'doan-mo-mat-khau').expect(401);
    // Even the right password is refused to the locked client, so the lock tells it nothing.
    expectRefused(await signIn(api, attacker, owner.login, PASSWORD), 'AUTH_LOCKED');
    expect((await signIn(api, attacker, owner.login, PASSWORD)).body.message).toMatch(/15 phút/);
    await signIn(api, client(), owner.login, PASSWORD).expect(200);
    // Through the other process too, and the owner's success does not unlock the attacker.
    await signIn(other, client(), owner.login, PASSWORD).expect(200);
    expectRefused(await signIn(other, attacker, owner.login, PASSWORD), 'AUTH_LOCKED');
  });

  /** The same tries for a registered and an unknown login, side by side. */
  async function sideBySide(
    tries: { from: (who: Who) => string; password: string }[],
  ): Promise<{ known: Answer[]; unknown: Answer[]; owner: TestUser }> {
    const owner = await createUser(base, [{ role: 'citizen', areaId: BA_DINH }]);
    const logins = { known: owner.login, unknown: unknownId() };
    const known: Answer[] = [];
    const unknown: Answer[] = [];
    for (const t of tries) {
      known.push(answer(await signIn(api, t.from('known'), logins.known, t.password)));
      unknown.push(answer(await signIn(api, t.from('unknown'), logins.unknown, t.password)));
    }
    return { known, unknown, owner };
  }

  it('answers a registered and an unknown login alike, through slowing, locking and the address limit', async () => {
    const ips = { known: client(), unknown: client() };
    const from = (who: Who) => ips[who];
    const wrong = { from, password: 'sai-mat-khau' };
    const { known, unknown } = await sideBySide([
      wrong,
      wrong,
      wrong,
      { from, password: PASSWORD },
      wrong,
      wrong,
      wrong,
    ]);
    expect(known).toEqual(unknown);
    expect(known.every((a) => a.retryAfter === (a.status === 429))).toBe(true);
    expect(known.map((a) => `${a.status} ${a.code}`)).toEqual([
      '401 AUTH_INVALID',
      '401 AUTH_INVALID',
      '401 AUTH_INVALID',
      '429 AUTH_LOCKED',
      '429 AUTH_LOCKED',
      '429 AUTH_LOCKED',
      '429 RATE_LIMITED',
    ]);
  });

  it('locks a login for everyone once many clients together reach its ceiling, registered or not', async () => {
    // Two failures from each of four clients: none is locked on its own, the seventh failure passes the ceiling.
    const ips = { known: [client(), client(), client(), client()], unknown: [client(), client(), client(), client()] };
    const tries = Array.from({ length: 8 }, (_, i) => ({ from: (who: Who) => ips[who][i % 4], password: 'sai' }));
    const fresh = { from: () => client(), password: PASSWORD };
    const { known, unknown, owner } = await sideBySide([...tries, fresh]);
    expect(known).toEqual(unknown);
    expect(known.map((a) => a.status)).toEqual([401, 401, 401, 401, 401, 401, 401, 429, 429]);
    expect(known[8]).toMatchObject({ code: 'AUTH_LOCKED', message: expect.stringMatching(/60 phút/) });
    // The owner too, from anywhere: the price of stopping a distributed attack (docs/adr/0007).
    expect((await signIn(api, client(), owner.login, PASSWORD)).status).toBe(429);
  });

  it('answers a taken ID number only after hashing the password, as a new registration does', async () => {
    const groupId = `${BA_DINH}-rl-g1`;
    await base
      .get(DataSource)
      .getRepository(AreaEntity)
      .upsert(
        {
          id: groupId,
          code: groupId,
          name: 'Tổ dân phố thử giới hạn',
          kind: 'group',
          unitType: 'tổ dân phố',
          parentId: BA_DINH,
          path: `01.${BA_DINH}.${groupId}`,
        },
        ['id'],
      );
    const citizenId = makeCitizenId(1990, 'male', 800_000 + (next++ % 99_999));
    const registration = {
      fullName: 'Lê Văn Thử',
      citizenId,
      birthYear: 1990,
      gender: 'male',
      communeId: BA_DINH,
      groupId,
      populationGroup: 'workers',
      password: PASSWORD,
    };
    const http = request(base.getHttpServer());
    await http.post('/api/auth/register').send(registration).expect(201);
    let started = performance.now();
    await base.get(PasswordHasher).hash(PASSWORD);
    const hashMs = performance.now() - started;
    started = performance.now();
    const taken = await http.post('/api/auth/register').send(registration).expect(409);
    expect(taken.body.code).toBe('CITIZEN_ID_TAKEN');
    expect(performance.now() - started).toBeGreaterThan(hashMs / 2);
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

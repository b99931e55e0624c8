import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { makeCitizenId, PasswordHasher } from '@lc/api-identity';
import { BA_DINH } from './testing/fixtures';
import { baDinhGroup, registrationOf } from './testing/registration';
import { expectRefused, signIn, SMALL_LIMITS, strangers } from './testing/rate-limiting';
import { createTestApp, createUser, PASSWORD, TestUser } from './testing/test-app';

type Answer = { status: number; code: string; message: string; retryAfter: boolean };
type Who = 'known' | 'unknown';

/**
 * Password guessing is slowed and locked per login and client, then for the login everywhere, and an unknown
 * login is answered exactly like a registered one (issue 7, docs/adr/0007).
 */
describe('sign-in lockout (HTTP, PostgreSQL)', () => {
  /** People are made through an app with the integration suites' lifted limits. */
  let base: INestApplication;
  /** Two API processes sharing the database, trusting X-Forwarded-For from loopback. */
  let api: INestApplication;
  let other: INestApplication;
  const { client, unknownId } = strangers(19, 5);

  beforeAll(async () => {
    base = await createTestApp();
    api = await createTestApp(SMALL_LIMITS);
    other = await createTestApp(SMALL_LIMITS);
  });
  // Passport keeps one 'jwt' strategy for the whole process: the apps close together, at the end.
  afterAll(() => Promise.all([base, api, other].map((a) => a?.close())));

  const answer = (res: request.Response): Answer => ({
    status: res.status,
    code: res.body.code,
    message: res.body.message,
    // Whether, not what: the seconds left may tick over between the two logins' tries.
    retryAfter: res.headers['retry-after'] !== undefined,
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
    const groupId = await baDinhGroup(base, 'rl-g1', 'Tổ dân phố thử giới hạn');
    const citizenId = makeCitizenId(1990, 'male', 800_000 + Math.floor(Math.random() * 99_999));
    const registration = registrationOf(citizenId, groupId, 'Lê Văn Thử');
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
});

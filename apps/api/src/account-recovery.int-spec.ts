import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { makeCitizenId } from '@lc/api-identity';
import { BA_DINH, CITY, NGOC_HA } from './testing/fixtures';
import { bearer, createTestApp, createUser, PASSWORD, TestUser } from './testing/test-app';

const NEW_PASSWORD = 'Mat-khau-moi-2026';
const INVALID = {
  code: 'RECOVERY_INVALID',
  message: expect.stringContaining('Số định danh hoặc mã không đúng'),
};

/** Account recovery (docs/adr/0017): officers' reset codes, people's own recovery codes. */
describe('account recovery (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let approver: TestUser;
  let next = Math.floor(Math.random() * 90_000);

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    approver = await createUser(app, [{ role: 'approver', areaId: BA_DINH }]);
  });
  afterAll(() => app.close());

  const citizen = (communeId = BA_DINH) => createUser(app, [{ role: 'citizen', areaId: communeId }]);
  const issue = (officer: TestUser, login: string, idCardChecked = true) =>
    http.post('/api/password-reset-codes').set(bearer(officer)).send({ login, idCardChecked });
  const reset = (login: string, code: string, method = 'reset_code', newPassword = NEW_PASSWORD) =>
    http.post('/api/auth/password-resets').send({ method, login, code, newPassword });
  const signIn = (login: string, password: string) => http.post('/api/auth/login').send({ login, password });
  const events = (userId: string) =>
    app
      .get(DataSource)
      .query(`SELECT action, actor_id AS "actorId" FROM account_event WHERE user_id = $1 ORDER BY created_at`, [
        userId,
      ]);
  /** A registered-looking number that nobody holds: createUser's are from province 001. */
  const unknownId = () => makeCitizenId(1980, 'female', next++ % 1_000_000, 3);

  describe('with a reset code from a commune officer', () => {
    it('sets a new password once, ends every session, and leaves a record of who issued it', async () => {
      const person = await citizen();
      const issued = await issue(approver, person.login).expect(201);
      expect(issued.body).toEqual({
        code: expect.stringMatching(/^\d{4} \d{4}$/),
        expiresAt: expect.any(String),
        fullName: 'Nguyễn Thị Thử',
        citizenIdMasked: `********${person.login.slice(-4)}`,
        username: null,
      });
      const minutes = (Date.parse(issued.body.expiresAt) - Date.now()) / 60_000;
      expect(minutes).toBeGreaterThan(28);
      expect(minutes).toBeLessThanOrEqual(30);
      const [stored] = await app
        .get(DataSource)
        .query(`SELECT code_hash FROM password_reset_code WHERE user_id = $1`, [person.id]);
      expect(stored.code_hash).not.toContain(issued.body.code.replace(' ', ''));

      // Typed as people do: the ID in groups, the code without its space.
      const spaced = person.login.replace(/(\d{3})(?=\d)/g, '$1 ');
      const done = await reset(spaced, issued.body.code.replace(' ', '')).expect(200);
      expect(done.body.recoveryCode).toMatch(/^[2-9A-Z]{4}(-[2-9A-Z]{4}){3}$/);
      await http.get('/api/me').set(bearer(person)).expect(401);
      await signIn(person.login, PASSWORD).expect(401);
      await signIn(person.login, NEW_PASSWORD).expect(200);
      await reset(person.login, issued.body.code).expect(422);
      expect(await events(person.id)).toEqual([
        { action: 'reset_code_issued', actorId: approver.id },
        { action: 'password_reset_with_reset_code', actorId: person.id },
      ]);
    });

    it('refuses a wrong code, then any code after five wrong tries', async () => {
      const person = await citizen();
      const { code } = (await issue(approver, person.login).expect(201)).body;
      const wrong = code === '0000 0000' ? '0000 0001' : '0000 0000';
      for (let i = 0; i < 5; i++) expect((await reset(person.login, wrong).expect(422)).body).toEqual(INVALID);
      expect((await reset(person.login, code).expect(422)).body).toEqual(INVALID);
      await signIn(person.login, PASSWORD).expect(200);
    });

    it('refuses an expired code, and one that a newer code replaced', async () => {
      const person = await citizen();
      const first = (await issue(approver, person.login).expect(201)).body.code;
      const second = (await issue(approver, person.login).expect(201)).body.code;
      expect((await reset(person.login, first).expect(422)).body).toEqual(INVALID);
      await app
        .get(DataSource)
        .query(`UPDATE password_reset_code SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
          person.id,
        ]);
      expect((await reset(person.login, second).expect(422)).body).toEqual(INVALID);
      await signIn(person.login, PASSWORD).expect(200);
    });

    it('is issued only by an approver of the person’s commune or an admin managing the account', async () => {
      const person = await citizen();
      const unknown = unknownId();
      const elsewhere = await createUser(app, [{ role: 'approver', areaId: NGOC_HA }]);
      const notFound = (await issue(elsewhere, person.login).expect(404)).body;
      // Another commune's officer learns no more than about a number nobody registered.
      expect((await issue(elsewhere, unknown).expect(404)).body).toEqual(notFound);
      expect((await issue(approver, unknown).expect(404)).body).toEqual(notFound);
      expect(notFound.code).toBe('RESET_CODE_PERSON_NOT_FOUND');
      for (const role of ['citizen', 'verifier', 'analyst'] as const) {
        const other = await createUser(app, [{ role, areaId: BA_DINH }]);
        expect((await issue(other, person.login).expect(403)).body.code).toBe('ROLE_REQUIRED');
      }
      await http.post('/api/password-reset-codes').send({ login: person.login, idCardChecked: true }).expect(401);
      expect((await issue(approver, person.login, false).expect(400)).body.message).toMatch(/thẻ căn cước/);
      await issue(await createUser(app, [{ role: 'approver', areaId: CITY }]), person.login).expect(201);
      await issue(await createUser(app, [{ role: 'admin', areaId: BA_DINH }]), person.login).expect(201);
    });

    it('leaves officers’ accounts to an admin who covers their areas, and nobody issues one for themselves', async () => {
      const verifier = await createUser(app, [
        { role: 'citizen', areaId: BA_DINH },
        { role: 'verifier', areaId: BA_DINH },
      ]);
      expect((await issue(approver, verifier.login).expect(403)).body.code).toBe('RESET_CODE_STAFF_FORBIDDEN');
      await issue(await createUser(app, [{ role: 'admin', areaId: BA_DINH }]), verifier.login).expect(201);
      const both = await createUser(app, [
        { role: 'citizen', areaId: BA_DINH },
        { role: 'approver', areaId: BA_DINH },
      ]);
      expect((await issue(both, both.login).expect(403)).body.code).toBe('RESET_CODE_SELF_FORBIDDEN');
      const staff = await createUser(app, [{ role: 'trainer', areaId: CITY }]);
      const cityAdmin = await createUser(app, [{ role: 'admin', areaId: CITY }]);
      const { code } = (await issue(cityAdmin, staff.login).expect(201)).body;
      await reset(staff.login, code).expect(200);
      await signIn(staff.login, NEW_PASSWORD).expect(200);
    });
  });

  describe('with the person’s own recovery code', () => {
    it('is shown at registration, works once, and gives a new code that works in turn', async () => {
      const groupId = (await http.get(`/api/areas/${BA_DINH}/groups`).expect(200)).body[0]?.id;
      const citizenId = makeCitizenId(1990, 'male', 500_000 + (next++ % 99_999));
      const registered = await http
        .post('/api/auth/register')
        .send({
          fullName: 'Phạm Văn Khôi Phục',
          citizenId,
          birthYear: 1990,
          gender: 'male',
          communeId: BA_DINH,
          groupId: groupId ?? (await aGroup()),
          populationGroup: 'other',
          password: PASSWORD,
        })
        .expect(201);
      const first: string = registered.body.recoveryCode;
      expect(first).toMatch(/^[2-9A-Z]{4}(-[2-9A-Z]{4}){3}$/);
      const [row] = await app.get(DataSource).query(`SELECT * FROM app_user WHERE citizen_id = $1`, [citizenId]);
      expect(JSON.stringify(row)).not.toContain(first.replace(/-/g, ''));
      expect(JSON.stringify(row)).not.toContain(first);

      // Lower case and without dashes, as people copy it from paper.
      const second = (await reset(citizenId, first.replace(/-/g, ' ').toLowerCase(), 'recovery_code').expect(200)).body
        .recoveryCode;
      expect(second).not.toBe(first);
      expect((await reset(citizenId, first, 'recovery_code').expect(422)).body).toEqual(INVALID);
      await signIn(citizenId, NEW_PASSWORD).expect(200);
      await reset(citizenId, second, 'recovery_code', 'Mat-khau-thu-ba').expect(200);
      await signIn(citizenId, 'Mat-khau-thu-ba').expect(200);
    });

    it('is renewed by the signed-in person with their password; the old one stops working', async () => {
      const person = await citizen();
      expect((await http.get('/api/me/recovery-code').set(bearer(person)).expect(200)).body).toEqual({
        createdAt: null,
      });
      const wrong = await http.post('/api/me/recovery-code').set(bearer(person)).send({ password: 'sai-mat-khau' });
      expect(wrong.status).toBe(422);
      expect(wrong.body.code).toBe('PASSWORD_INCORRECT');
      const old = (
        await http.post('/api/me/recovery-code').set(bearer(person)).send({ password: PASSWORD }).expect(201)
      ).body.recoveryCode;
      const renewed = (
        await http.post('/api/me/recovery-code').set(bearer(person)).send({ password: PASSWORD }).expect(201)
      ).body.recoveryCode;
      expect((await http.get('/api/me/recovery-code').set(bearer(person)).expect(200)).body.createdAt).toEqual(
        expect.any(String),
      );
      await reset(person.login, old, 'recovery_code').expect(422);
      await reset(person.login, renewed, 'recovery_code').expect(200);
      await http.post('/api/me/recovery-code').send({ password: PASSWORD }).expect(401);
      expect((await events(person.id)).map((e: { action: string }) => e.action)).toEqual([
        'recovery_code_renewed',
        'recovery_code_renewed',
        'password_reset_with_recovery_code',
      ]);
    });
  });

  it('answers an unknown ID number exactly as a registered one with a wrong code, in about the same time', async () => {
    const person = await citizen();
    await issue(approver, person.login).expect(201);
    await http.post('/api/me/recovery-code').set(bearer(person)).send({ password: PASSWORD }).expect(201);
    const unknown = unknownId();
    const timings: Record<string, number[]> = { known: [], unknown: [] };
    for (let round = 0; round < 4; round++) {
      for (const method of ['reset_code', 'recovery_code']) {
        for (const [who, login] of [
          ['known', person.login],
          ['unknown', unknown],
        ]) {
          const started = process.hrtime.bigint();
          const res = await reset(login, method === 'reset_code' ? '1234 5678' : 'AAAA-BBBB-CCCC-DDDD', method);
          timings[who].push(Number(process.hrtime.bigint() - started) / 1e6);
          expect({ status: res.status, body: res.body }).toEqual({ status: 422, body: INVALID });
        }
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    // Both cost one argon2 hash and the same queries; a missing account would otherwise answer in a few ms.
    expect(median(timings['unknown'])).toBeGreaterThan(median(timings['known']) * 0.5);
    expect(median(timings['known'])).toBeGreaterThan(median(timings['unknown']) * 0.5);
  });

  async function aGroup(): Promise<string> {
    const admin = await createUser(app, [{ role: 'admin', areaId: CITY }]);
    const res = await http
      .post(`/api/areas/${BA_DINH}/groups`)
      .set(bearer(admin))
      .send({ name: `Tổ dân phố khôi phục ${next++}` })
      .expect(201);
    return res.body.id;
  }
});

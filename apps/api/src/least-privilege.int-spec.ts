import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { RecordsService } from '@lc/api-records';
import { BA_DINH } from './testing/fixtures';
import { asOwner, bearer, createTestApp, createUser } from './testing/test-app';

describe('least privilege in PostgreSQL (the API connects as lc_app)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let ds: DataSource;

  beforeAll(async () => {
    app = await createTestApp();
    http = request(app.getHttpServer());
    ds = app.get(DataSource);
  });
  afterAll(() => app.close());

  it('connects as lc_app, a role without powers that owns nothing in the database', async () => {
    const [role] = await ds.query(
      `SELECT current_user AS name, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls
         FROM pg_roles WHERE rolname = current_user`,
    );
    expect(role).toEqual({
      name: 'lc_app',
      rolsuper: false,
      rolcreaterole: false,
      rolcreatedb: false,
      rolbypassrls: false,
    });
    const [owned] = await ds.query(
      `SELECT count(*)::int AS n FROM pg_class WHERE pg_has_role(current_user, relowner, 'MEMBER')
         AND relnamespace = 'public'::regnamespace`,
    );
    expect(owned.n).toBe(0);
  });

  // 42501 is PostgreSQL's insufficient_privilege: refused for want of a right, not by chance.
  it.each([
    ['switch the append-only triggers off', 'ALTER TABLE learning_record DISABLE TRIGGER ALL'],
    ['switch triggers off for its session', 'SET session_replication_role = replica'],
    ['truncate the learning records', 'TRUNCATE learning_record'],
    ['truncate another table', 'TRUNCATE refresh_token'],
    ['drop a table', 'DROP TABLE learning_record'],
    ['create a table', 'CREATE TABLE intruder (id int)'],
    ['alter a table', 'ALTER TABLE role_grant ADD COLUMN intruder int'],
    [
      'replace a trigger function',
      `CREATE OR REPLACE FUNCTION learning_record_refuse_change() RETURNS trigger
       LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`,
    ],
    ['change a learning record', `UPDATE learning_record SET score = 0`],
    ['delete a role grant', 'DELETE FROM role_grant'],
    ['rewrite who was granted a role', `UPDATE role_grant SET role = 'admin'`],
    ['rewrite the migrations history', 'DELETE FROM migrations'],
    ['give itself powers', 'ALTER ROLE lc_app SUPERUSER'],
    ['make itself a role', 'CREATE ROLE intruder'],
  ])('may not %s', async (_, sql) => {
    await expect(ds.query(sql)).rejects.toMatchObject({ code: '42501' });
  });

  it('still serves: sign-in, records under the advisory lock, grants and their notifications', async () => {
    const citizen = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
    const admin = await createUser(app, [{ role: 'admin', areaId: BA_DINH }]);
    await http.get('/api/me').set(bearer(citizen)).expect(200);
    await http.get('/api/health').expect(200);
    const records = app.get(RecordsService);
    for (const n of [1, 2])
      await records.appendNow({
        personId: citizen.id,
        verb: 'completed',
        objectType: 'test',
        objectId: `object-${n}`,
        objectName: { vi: `Hoạt động ${n}` },
        trust: 'verified',
        score: n,
        maxScore: 10,
      });
    await expect(records.chainIntact(citizen.id)).resolves.toBe(true);
    const grant = await http
      .post('/api/admin/role-grants')
      .set(bearer(admin))
      .send({ userId: citizen.id, role: 'verifier', areaId: BA_DINH })
      .expect(201);
    await http.get('/api/applications').set(bearer(citizen)).expect(200);
    await http
      .post(`/api/admin/role-grants/${grant.body.id}/revocation`)
      .set(bearer(admin))
      .send({ reason: 'Kết thúc nhiệm kỳ.' })
      .expect(204);
    await http.get('/api/applications').set(bearer(citizen)).expect(403);
  });

  it('never holds a connection as the owner: the grant-change listener signs in as lc_app too', async () => {
    const listeners = await asOwner((owner) =>
      owner.query(`SELECT DISTINCT usename FROM pg_stat_activity WHERE query LIKE 'LISTEN %'`),
    );
    expect(listeners).toEqual([{ usename: 'lc_app' }]);
  });
});

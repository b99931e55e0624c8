import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { BA_DINH } from './testing/fixtures';
import { bearer, createTestApp, createUser, TestUser } from './testing/test-app';

describe('database guards (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let citizen: TestUser;

  beforeAll(async () => {
    // A small pool and a short acquire timeout, so that holding every connection is cheap to arrange.
    app = await createTestApp({ DB_POOL_SIZE: 3, DB_ACQUIRE_TIMEOUT_MS: 400 });
    http = request(app.getHttpServer());
    citizen = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
  });
  afterAll(() => app.close());

  it('answers 503 DB_BUSY and a degraded health while every connection is held, then recovers by itself', async () => {
    const ds = app.get(DataSource);
    const held = Promise.all([1, 2, 3].map(() => ds.query('SELECT pg_sleep(1.5)')));
    await new Promise((r) => setTimeout(r, 200));

    const health = await http.get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'degraded', details: { database: { state: 'degraded' } } });
    expect(health.body.details.database.pool).toMatchObject({ max: 3, total: 3, idle: 0 });

    const started = Date.now();
    const me = await http.get('/api/me').set(bearer(citizen));
    expect(me.status).toBe(503);
    expect(me.body).toEqual({ code: 'DB_BUSY', message: expect.any(String) });
    expect(me.headers['retry-after']).toBe('2');
    expect(Date.now() - started).toBeLessThan(1400);

    await held;
    await http.get('/api/me').set(bearer(citizen)).expect(200);
    expect((await http.get('/api/health').expect(200)).body).toMatchObject({
      status: 'ok',
      details: { database: { status: 'up', state: 'ready' } },
    });
  });

  it('sets statement and idle-in-transaction timeouts on every connection', async () => {
    const [row] = await app
      .get(DataSource)
      .query(
        `SELECT current_setting('statement_timeout') AS s, current_setting('idle_in_transaction_session_timeout') AS i`,
      );
    expect(row).toEqual({ s: '15s', i: '15s' });
  });
});

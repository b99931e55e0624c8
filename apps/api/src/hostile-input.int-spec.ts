import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type { Application } from '@lc/shared-contracts';
import { BA_DINH, CITY, scores, THIS_YEAR } from './testing/fixtures';
import { HostileRequest, hostileRequests } from './testing/hostile-corpus';
import { HostileFixtures, hostileFixtures } from './testing/hostile-fixtures';
import { deepArrays } from './testing/hostile-values';
import { operationsOf } from './testing/openapi-operations';
import { closeAgent, inPool, send } from './testing/raw-http';
import { bearer, createTestApp, createUser, PASSWORD, TestUser } from './testing/test-app';

const isApiError = (body: unknown) => {
  const { code, message } = (body ?? {}) as { code?: unknown; message?: unknown };
  return typeof code === 'string' && typeof message === 'string';
};

describe('hostile input (HTTP, PostgreSQL)', () => {
  let app: INestApplication;
  let port: number;
  let http: ReturnType<typeof request>;
  let citizen: TestUser;
  let admin: TestUser;
  let fixtures: HostileFixtures;

  beforeAll(async () => {
    app = await createTestApp();
    await app.listen(0, '127.0.0.1');
    port = (app.getHttpServer().address() as AddressInfo).port;
    http = request(app.getHttpServer());
    fixtures = await hostileFixtures(app);
    ({ citizen, admin } = fixtures);
  }, 60_000);
  afterAll(async () => {
    closeAgent();
    await app.close();
  });

  const plausible = (template: string, param: string): string => {
    if (param === 'year') return String(THIS_YEAR);
    if (param === 'path') return 'h5p.json';
    const segments = template.split('/');
    return fixtures.ids[segments[segments.indexOf(`{${param}}`) - 1]] ?? randomUUID();
  };

  it('answers every operation × hostile case × role below 500, and every 4xx as {code, message}', async () => {
    const started = Date.now();
    const doc = SwaggerModule.createDocument(app, new DocumentBuilder().addBearerAuth().build());
    const operations = operationsOf(doc).map((op) => ({
      ...op,
      sample: fixtures.samples[`${op.method} ${op.template}`] ?? op.sample,
    }));
    const multipartOps = new Set(
      operations.filter((op) => op.body === 'multipart').map((op) => `${op.method} ${op.template} · plausible`),
    );
    const corpus = operations.flatMap((op) =>
      hostileRequests(op, plausible).map(
        (r): HostileRequest => ({ ...r, name: `${op.method} ${op.template} · ${r.name}` }),
      ),
    );
    const roles: Record<string, Record<string, string>> = {
      anonymous: {},
      citizen: bearer(citizen),
      admin: bearer(admin),
    };
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    // Signing out everywhere ends the caller's own token, so those requests go last, one at a time.
    const endsOwnSessions = (req: HostileRequest) => req.name.startsWith('POST /api/auth/logout-all ');
    for (const [role, headers] of Object.entries(roles)) {
      const check = async (req: HostileRequest) => {
        const res = await send(port, req, headers).catch((err: Error) => ({ status: 0, body: err.message }));
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const seen = `${role} ${req.name} → ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`;
        if (res.status >= 500 || res.status < 200 || (res.status >= 400 && !isApiError(res.body))) failures.push(seen);
        // The hostile variations only mean something next to a plain request that the validators accept.
        if (req.name.endsWith('· plausible') && res.status === 400 && !multipartOps.has(req.name)) failures.push(seen);
      };
      await inPool(
        corpus.filter((req) => !endsOwnSessions(req)),
        4,
        check,
      );
      for (const req of corpus.filter(endsOwnSessions)) await check(req);
    }
    // The probe's cases below act as these people again.
    for (const person of [citizen, admin]) {
      person.token = (
        await http.post('/api/auth/login').send({ login: person.login, password: PASSWORD }).expect(200)
      ).body.accessToken;
    }
    const roleCount = Object.keys(roles).length;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.info(
      `Hostile input: ${corpus.length} cases over ${operations.length} operations ` +
        `(${(corpus.length / operations.length).toFixed(1)} each) × ${roleCount} roles = ` +
        `${corpus.length * roleCount} requests in ${seconds} s; by status ` +
        JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b))),
    );
    expect(failures).toEqual([]);
    expect(operations.length).toBeGreaterThan(30);
  }, 120_000);

  describe('what the probe found', () => {
    const refused = (res: { status: number; body: { code?: string } }, status: number, code: string) => {
      expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
      expect(isApiError(res.body)).toBe(true);
    };

    it('refuses NUL in a body, for anonymous sign-in and registration too', async () => {
      refused(await http.post('/api/auth/login').send({ login: 'a\u0000', password: 'x' }), 400, 'VALIDATION_FAILED');
      const res = await http.post('/api/auth/register').send({ fullName: 'Lan\u0000', citizenId: '001185001234' });
      refused(res, 400, 'VALIDATION_FAILED');
      expect(res.body.message).toMatch(/"fullName" chứa ký tự điều khiển/);
    });

    it('refuses NUL in a route parameter', async () => {
      const res = await send(port, { name: '', method: 'GET', path: '/api/areas/%00/groups', headers: {} });
      refused(res as never, 400, 'VALIDATION_FAILED');
    });

    it('answers a body over 100 KB with 413, malformed JSON with 400 and another charset with 415', async () => {
      const big = await http.post('/api/auth/login').send({ login: 'a'.repeat(101 * 1024), password: 'x' });
      refused(big, 413, 'PAYLOAD_TOO_LARGE');
      refused(await http.post('/api/auth/login').type('json').send('{"login":'), 400, 'BAD_JSON');
      const latin1 = await http
        .post('/api/auth/login')
        .set('Content-Type', 'application/json; charset=latin1')
        .send('{}');
      refused(latin1, 415, 'UNSUPPORTED_CHARSET');
    });

    it('refuses deep nesting before validation', async () => {
      const res = await http
        .post('/api/auth/login')
        .type('json')
        .send(`{"login":${deepArrays(30_000)}}`);
      refused(res, 400, 'VALIDATION_FAILED');
      expect(res.body.message).toMatch(/lồng nhau quá sâu/);
    });

    it('refuses prototype keys in scores and keeps the draft as it was', async () => {
      const owner = await createUser(app, [{ role: 'citizen', areaId: BA_DINH }]);
      const draft: Application = (
        await http.post('/api/my/applications').set(bearer(owner)).send({ year: THIS_YEAR }).expect(200)
      ).body;
      const put = (body: string) =>
        http.put(`/api/applications/${draft.id}/scores`).set(bearer(owner)).type('json').send(body);
      await http.put(`/api/applications/${draft.id}/scores`).set(bearer(owner)).send({ scores: scores() }).expect(200);
      refused(await put('{"scores":{"constructor":8}}'), 400, 'VALIDATION_FAILED');
      refused(await put('{"scores":{"__proto__":{"1.1":8}}}'), 400, 'VALIDATION_FAILED');
      refused(await put('{"scores":{"x":8}}'), 400, 'VALIDATION_FAILED');
      refused(await put('{"scores":{"1.1":11}}'), 422, 'SCORES_INVALID');
      refused(await put('{"scores":{"1.1":"8"}}'), 422, 'SCORES_INVALID');
      refused(await put('{"scores":{"9.9":5}}'), 422, 'SCORES_INVALID');
      const after = await http.get(`/api/applications/${draft.id}`).set(bearer(owner)).expect(200);
      expect(after.body.scores).toEqual(scores());
    });

    it('refuses a year beyond the column as 400', async () => {
      const res = await http.get('/api/my/applications/99999999999999999999').set(bearer(citizen));
      refused(res, 400, 'YEAR_INVALID');
      refused(await http.get('/api/my/applications/1999').set(bearer(citizen)), 400, 'YEAR_INVALID');
      await http.get(`/api/my/applications/${THIS_YEAR}`).set(bearer(citizen)).expect(200);
    });

    it('refuses a list where the query takes one value', async () => {
      refused(await http.get('/api/kpis?areaId[]=x').set(bearer(admin)), 400, 'VALIDATION_FAILED');
      refused(
        await http.get(`/api/kpis?areaId=${BA_DINH}&areaId=${CITY}`).set(bearer(admin)),
        400,
        'VALIDATION_FAILED',
      );
      await http.get(`/api/kpis?areaId=${BA_DINH}`).set(bearer(admin)).expect(200);
    });

    it('refuses bidi controls in a person name', async () => {
      const res = await http.post('/api/auth/register').send({ fullName: 'Nguy\u202eễn Lan', citizenId: 'x' });
      refused(res, 400, 'VALIDATION_FAILED');
      expect(res.body.details.fields).toContain(
        'Họ và tên chỉ gồm một dòng chữ, không chứa ký tự điều khiển hay ký tự đảo chiều văn bản.',
      );
    });
  });
});

import express from 'express';
import pinoHttp from 'pino-http';
import { Writable } from 'node:stream';
import request from 'supertest';
import { pinoHttpOptions } from './logging';

/** The real pino-http with our options, writing into memory. */
function appWithLogs() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const app = express();
  app.use(express.json());
  app.use(pinoHttp(pinoHttpOptions('info'), sink));
  app.post('/api/auth/login', (_req, res) => res.status(401).json({ code: 'AUTH_INVALID' }));
  app.get('/api/boom', () => {
    throw new Error('boom');
  });
  app.get('/api/health', (_req, res) => res.json({ status: 'ok' }));
  app.get('/api/admin/users', (req, res) => {
    req.log.info('searching');
    res.json([]);
  });
  return { app, lines };
}

describe('request logs', () => {
  it('give every line the request id, echo it back, and keep out tokens, bodies and query values', async () => {
    const { app, lines } = appWithLogs();
    const res = await request(app)
      .get('/api/admin/users?q=001185000001')
      .set('Authorization', 'Bearer secret-token')
      .set('X-Request-Id', 'trace-123')
      .expect(200);
    await request(app).post('/api/auth/login').send({ login: '001185000001', password: 'Mat-khau-1' }).expect(401);

    expect(res.headers['x-request-id']).toBe('trace-123');
    const text = JSON.stringify(lines);
    for (const secret of ['001185000001', 'secret-token', 'Mat-khau-1']) expect(text).not.toContain(secret);
    const search = lines.filter((l) => (l['req'] as { id?: string } | undefined)?.id === 'trace-123');
    expect(search.map((l) => l['msg'])).toEqual(['searching', 'request completed']);
    expect(search[1]).toMatchObject({ level: 30, req: { method: 'GET', url: '/api/admin/users?q=…' } });
  });

  it('log a 4xx at info without a stack, a 5xx at error, and skip health checks', async () => {
    const { app, lines } = appWithLogs();
    await request(app).post('/api/auth/login').send({}).expect(401);
    await request(app).get('/api/boom').expect(500);
    await request(app).get('/api/health').expect(200);

    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ level: 30, res: { statusCode: 401 } });
    expect(lines[0]).not.toHaveProperty('err');
    expect(lines[1]).toMatchObject({ level: 50, res: { statusCode: 500 } });
    expect(typeof (lines[1]['req'] as { id: string }).id).toBe('string');
  });
});

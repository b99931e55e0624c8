import express from 'express';
import request from 'supertest';
import { compressApi } from './compress-api';

describe(compressApi.name, () => {
  const big = { courses: Array.from({ length: 40 }, (_, i) => ({ id: i, title: 'Dùng điện thoại an toàn' })) };
  const server = express();
  server.use(compressApi());
  server.get('/api/courses', (_req, res) => res.json(big));
  server.get('/api/health', (_req, res) => res.json({ status: 'ok' }));
  server.post('/api/auth/refresh', (_req, res) => res.json({ ...big, accessToken: 'secret' }));
  server.get('/api/my/notices/stream', (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/event-stream' });
    res.end(`: ${'ping'.repeat(500)}\n\n`);
  });
  server.get('/main.js', (_req, res) => res.type('js').send('x'.repeat(5000)));

  it('compresses API answers over 1 KB', async () => {
    const res = await request(server).get('/api/courses').set('Accept-Encoding', 'gzip').expect(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body).toEqual(big);
  });

  it('leaves small answers, sign-in tokens and the web app alone', async () => {
    const small = await request(server).get('/api/health').set('Accept-Encoding', 'gzip');
    const auth = await request(server).post('/api/auth/refresh').set('Accept-Encoding', 'gzip');
    const web = await request(server).get('/main.js').set('Accept-Encoding', 'gzip');
    const stream = await request(server).get('/api/my/notices/stream').set('Accept-Encoding', 'gzip');
    for (const res of [small, auth, web, stream]) expect(res.headers['content-encoding']).toBeUndefined();
  });
});

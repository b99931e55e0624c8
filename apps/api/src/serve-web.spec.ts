import type { INestApplication } from '@nestjs/common';
import express from 'express';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { serveWeb } from './serve-web';
import { WEB_CONTENT_SECURITY_POLICY } from './web-csp';

describe(serveWeb.name, () => {
  const server = express();
  const dist = mkdtempSync(join(tmpdir(), 'lc-web-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><lp-root></lp-root>');
  writeFileSync(join(dist, 'main.js'), 'console.log(1)');
  serveWeb({ getHttpAdapter: () => ({ getInstance: () => server }) } as unknown as INestApplication, dist);
  server.use((_req, res) => res.json({ code: 'NOT_FOUND' }));

  it('sends the Content-Security-Policy with the app, its files and its client routes', async () => {
    for (const path of ['/', '/main.js', '/courses/1']) {
      const res = await request(server).get(path).expect(200);
      expect(res.headers['content-security-policy']).toBe(WEB_CONTENT_SECURITY_POLICY);
    }
  });

  it('leaves the API to set its own', async () => {
    const res = await request(server).get('/api/courses').expect(200);
    expect(res.headers['content-security-policy']).toBeUndefined();
    expect(res.body).toEqual({ code: 'NOT_FOUND' });
  });
});

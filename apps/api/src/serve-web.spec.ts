import type { INestApplication } from '@nestjs/common';
import express from 'express';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import request from 'supertest';
import { serveWeb } from './serve-web';
import { IMMUTABLE, REVALIDATE, SHORT } from './web-assets';
import { WEB_CONTENT_SECURITY_POLICY } from './web-csp';

const INDEX = `<!doctype html><lp-root>${'Đang tải… '.repeat(200)}</lp-root>`;
const MAIN = `console.log(${JSON.stringify('học tập '.repeat(300))});`;

function buildDir(): string {
  const dist = mkdtempSync(join(tmpdir(), 'lc-web-'));
  const write = (name: string, text: string, encodings: ('br' | 'gz')[] = ['br', 'gz']) => {
    writeFileSync(join(dist, name), text);
    if (encodings.includes('br')) writeFileSync(join(dist, `${name}.br`), brotliCompressSync(text));
    if (encodings.includes('gz')) writeFileSync(join(dist, `${name}.gz`), gzipSync(text));
  };
  write('index.html', INDEX);
  write('main-AB12CD34.js', MAIN);
  write('favicon.ico', 'icon', []);
  write('route-chunks.json', JSON.stringify({ catalog: ['chunk-CD34EF56.js'] }), []);
  write('only-gzip-EF56GH78.css', 'body{}'.repeat(300), ['gz']);
  // A variant left by an earlier build: older than the file, so never sent.
  write('stale-IJ90KL12.js', MAIN, ['br']);
  utimesSync(join(dist, 'stale-IJ90KL12.js.br'), new Date(2020, 0, 1), new Date(2020, 0, 1));
  return dist;
}

describe(serveWeb.name, () => {
  const server = express();
  serveWeb({ getHttpAdapter: () => ({ getInstance: () => server }) } as unknown as INestApplication, buildDir());
  server.use((_req, res) => res.json({ code: 'NOT_FOUND' }));
  const get = (path: string, acceptEncoding = 'gzip, deflate, br, zstd') =>
    request(server).get(path).set('Accept-Encoding', acceptEncoding);

  it('sends the Content-Security-Policy with the app, its files and its client routes', async () => {
    for (const path of ['/', '/main-AB12CD34.js', '/courses/1']) {
      const res = await get(path).expect(200);
      expect(res.headers['content-security-policy']).toBe(WEB_CONTENT_SECURITY_POLICY);
    }
  });

  it('leaves the API to set its own', async () => {
    const res = await get('/api/courses').expect(200);
    expect(res.headers['content-security-policy']).toBeUndefined();
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toEqual({ code: 'NOT_FOUND' });
  });

  it('sends the brotli variant to a browser that takes it, with the type of the file it encodes', async () => {
    const res = await get('/main-AB12CD34.js').expect(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(res.headers['vary']).toMatch(/Accept-Encoding/);
    expect(Number(res.headers['content-length'])).toBe(brotliCompressSync(MAIN).length);
    expect(res.text).toBe(MAIN);
  });

  it('falls back to gzip, then to the file itself', async () => {
    const gzip = await get('/main-AB12CD34.js', 'gzip').expect(200);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.text).toBe(MAIN);
    expect((await get('/only-gzip-EF56GH78.css').expect(200)).headers['content-encoding']).toBe('gzip');

    const plain = await get('/main-AB12CD34.js', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toMatch(/Accept-Encoding/);
    expect(plain.text).toBe(MAIN);
  });

  it('never sends a variant older than its file', async () => {
    const res = await get('/stale-IJ90KL12.js').expect(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.text).toBe(MAIN);
  });

  it('caches hashed files for a year, and has the browser ask again for index.html on every route', async () => {
    expect((await get('/main-AB12CD34.js')).headers['cache-control']).toBe(IMMUTABLE);
    expect((await get('/main-AB12CD34.js', 'identity')).headers['cache-control']).toBe(IMMUTABLE);
    expect((await get('/favicon.ico')).headers['cache-control']).toBe(SHORT);
    for (const path of ['/', '/index.html', '/courses/1']) {
      const res = await get(path).expect(200);
      expect(res.headers['cache-control']).toBe(REVALIDATE);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.text).toBe(INDEX);
    }
  });

  it('answers 304 to a revalidation, per encoding', async () => {
    for (const path of ['/main-AB12CD34.js', '/', '/courses/1']) {
      const first = await get(path).expect(200);
      const again = await get(path).set('If-None-Match', first.headers['etag']).expect(304);
      expect(again.headers['cache-control']).toBe(first.headers['cache-control']);
      expect(again.text).toBe('');
    }
    const br = await get('/main-AB12CD34.js');
    const gzip = await get('/main-AB12CD34.js', 'gzip');
    expect(br.headers['etag']).not.toBe(gzip.headers['etag']);
    await get('/main-AB12CD34.js', 'gzip').set('If-None-Match', br.headers['etag']).expect(200);
  });

  it('names the API answers a landing page will ask for, so the browser fetches them beside the scripts', async () => {
    const course = 'd596a957-3393-4dfb-a6f5-c7168dac7882';
    expect((await get('/').expect(200)).headers['link']).toBe(
      '</chunk-CD34EF56.js>; rel=modulepreload; fetchpriority=low, </api/courses>; rel=preload; as=fetch; crossorigin; fetchpriority=low, ' +
        '</api/competences>; rel=preload; as=fetch; crossorigin; fetchpriority=low',
    );
    expect((await get(`/courses/${course}`).expect(200)).headers['link']).toMatch(`</api/courses/${course}>`);
    for (const path of ['/login', '/courses/1', '/main-AB12CD34.js', '/api/courses']) {
      expect((await get(path)).headers['link']).toBeUndefined();
    }
  });

  it('answers HEAD like GET, without a body', async () => {
    const res = await request(server).head('/main-AB12CD34.js').set('Accept-Encoding', 'br').expect(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
  });
});

import type { INestApplication } from '@nestjs/common';
import express from 'express';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { serveWeb } from './serve-web';
import { REVALIDATE } from './web-assets';
import { WEB_CONTENT_SECURITY_POLICY } from './web-csp';
import type { RenderPage } from './web-ssr';
import { START_AFTER_PAINT_SCRIPT } from './web-start-script';

const CLIENT_INDEX = `<!doctype html><lp-root>${'Đang tải… '.repeat(200)}</lp-root>`;
const RENDERED = `<!doctype html><lp-root ngh="0">${'<li>Dùng điện thoại thông minh an toàn</li>'.repeat(50)}</lp-root>`;
const STYLES = 'body{margin:0;font-family:system-ui}';
const COURSE = '/courses/6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

function buildDir(): string {
  const dist = mkdtempSync(join(tmpdir(), 'lc-web-ssr-'));
  writeFileSync(join(dist, 'index.csr.html'), CLIENT_INDEX);
  writeFileSync(join(dist, 'index.csr.html.gz'), gzipSync(CLIENT_INDEX));
  writeFileSync(join(dist, 'styles-AB12.css'), STYLES);
  writeFileSync(join(dist, 'styles-CLOSE.css'), 'p{}</style><script>alert(1)</script>');
  writeFileSync(join(dist, 'route-chunks.json'), JSON.stringify({ catalog: ['chunk-CD34EF56.js'] }));
  return dist;
}

const html = (body: string, status = 200) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/html;charset=UTF-8' } });

function serverWith(render: RenderPage, timeoutMs = 500, cacheSeconds = 0) {
  const server = express();
  const app = { getHttpAdapter: () => ({ getInstance: () => server }) } as unknown as INestApplication;
  serveWeb(app, buildDir(), { render, timeoutMs, cacheSeconds });
  return server;
}

describe('serveWeb with server rendering', () => {
  it('sends the rendered landing pages, compressed, under the same policy, revalidated, without preloads', async () => {
    const seen: string[] = [];
    const server = serverWith(async (req) => {
      seen.push(req.url);
      return html(RENDERED);
    });
    for (const path of ['/', '/courses', COURSE]) {
      const res = await request(server).get(path).set('Host', 'attacker.example').set('Accept-Encoding', 'br');
      expect(res.status).toBe(200);
      expect(res.text).toBe(RENDERED);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['cache-control']).toBe(REVALIDATE);
      expect(res.headers['content-security-policy']).toBe(WEB_CONTENT_SECURITY_POLICY);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      // No preloads: the API answers travel inside the page, and the stylesheet the first paint waits for comes first.
      expect(res.headers['link']).toBeUndefined();
    }
    // The render is asked on this process's loopback address, whatever Host the visitor sent.
    expect(seen.map((url) => new URL(url).hostname)).toEqual(['127.0.0.1', '127.0.0.1', '127.0.0.1']);
    expect(seen.map((url) => new URL(url).pathname)).toEqual(['/', '/courses', COURSE]);
  });

  it('leaves client-rendered pages to the client index without rendering them', async () => {
    const render = jest.fn<ReturnType<RenderPage>, Parameters<RenderPage>>(async () => html(RENDERED));
    const server = serverWith(render);
    for (const path of ['/login', '/my-learning', '/courses/not-a-course']) {
      const res = await request(server).get(path).expect(200);
      expect(res.text).toBe(CLIENT_INDEX);
    }
    expect(render).not.toHaveBeenCalled();
  });

  const fallbacks: [string, RenderPage][] = [
    ['throws', async () => Promise.reject(new Error('NG04002: no route'))],
    ['answers 500', async () => html('<h1>oops</h1>', 500)],
    ['has no page', async () => null],
    ['is slower than the bound', () => new Promise((done) => setTimeout(() => done(html(RENDERED)), 2000).unref())],
  ];
  it.each(fallbacks)('sends the client index, with its API preloads, when the render %s', async (_name, render) => {
    const res = await request(serverWith(render, 200)).get('/').set('Accept-Encoding', 'gzip').expect(200);
    expect(res.text).toBe(CLIENT_INDEX);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['cache-control']).toBe(REVALIDATE);
    expect(res.headers['link']).toContain('</api/courses>; rel=preload; as=fetch; crossorigin');
  });

  it('renders a page once for visitors within its cache time, but a failed render and a query string every time', async () => {
    let fail = true;
    const render = jest.fn<ReturnType<RenderPage>, Parameters<RenderPage>>(async () =>
      fail ? html('lỗi', 500) : html(RENDERED),
    );
    const server = serverWith(render, 500, 60);
    // A failed render is not kept: the visitor gets the client index, and the next one a new render.
    expect((await request(server).get('/')).text).toBe(CLIENT_INDEX);
    fail = false;
    const pages = await Promise.all(Array.from({ length: 50 }, () => request(server).get('/')));
    expect(pages.every((res) => res.status === 200 && res.text === RENDERED)).toBe(true);
    expect(render).toHaveBeenCalledTimes(2);
    await request(server).get('/?utm=a').expect(200);
    await request(server).get('/?utm=b').expect(200);
    expect(render).toHaveBeenCalledTimes(4);
  });

  it('sends a page whose subject does not exist as 404, rendered anew for each visitor', async () => {
    const render = jest.fn<ReturnType<RenderPage>, Parameters<RenderPage>>(async () => html(RENDERED, 404));
    const server = serverWith(render, 500, 60);
    for (let i = 0; i < 2; i++) {
      const res = await request(server).get(COURSE).set('Accept-Encoding', 'br').expect(404);
      expect(res.text).toBe(RENDERED);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['content-security-policy']).toBe(WEB_CONTENT_SECURITY_POLICY);
    }
    expect(render).toHaveBeenCalledTimes(2);
  });

  it('paints a page before its scripts, once, and sends a kept page the same way', async () => {
    const page =
      `<!doctype html><link rel="stylesheet" href="styles-AB12.css"><link rel="modulepreload" href="chunk-A.js">` +
      `${RENDERED}<script src="main-B.js" type="module"></script>`;
    const render = jest.fn<ReturnType<RenderPage>, Parameters<RenderPage>>(async () => html(page));
    const server = serverWith(render, 500, 60);
    const expected =
      `<!doctype html><style>${STYLES}</style>${RENDERED}` +
      `<script data-main="main-B.js" data-links="modulepreload=chunk-A.js">${START_AFTER_PAINT_SCRIPT}</script>`;
    expect((await request(server).get('/')).text).toBe(expected);
    expect((await request(server).get('/')).text).toBe(expected);
    expect(render).toHaveBeenCalledTimes(1);
  });

  it("inlines only the build's own stylesheets, and none that could close the style element", async () => {
    const links =
      '<link rel="stylesheet" href="styles-CLOSE.css"><link rel="stylesheet" href="../styles-AB12.css">' +
      '<link rel="stylesheet" href="styles-GONE.css">';
    const server = serverWith(async () => html(`<!doctype html>${links}${RENDERED}`));
    expect((await request(server).get('/')).text).toBe(`<!doctype html>${links}${RENDERED}`);
  });
});

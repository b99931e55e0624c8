import { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { ENCODING_SUFFIX, REVALIDATE, cacheControlFor, findPrecompressed, pickEncoding } from './web-assets';
import { WEB_CONTENT_SECURITY_POLICY } from './web-csp';
import { RouteChunks, preloadLinkHeader } from './web-preloads';
import { ServerRendering, serveRendered } from './web-ssr';

const isApi = (req: Request) => req.path === '/api' || req.path.startsWith('/api/');
const isRead = (req: Request) => req.method === 'GET' || req.method === 'HEAD';

/** The client-rendered index: `index.csr.html` when the build also renders on the server, else `index.html`. */
export function clientIndexOf(root: string): string | null {
  return ['index.csr.html', 'index.html'].find((name) => existsSync(join(root, name))) ?? null;
}

/**
 * Serves the built Angular app beside the API on one port; the landing pages rendered on the server when `ssr` is
 * given, unknown non-API paths the client-rendered index (client routes).
 * Files go out as the brotli or gzip variant written at build time (tools/web/precompress.mjs) when the browser
 * takes it, hashed files are cached for a year, and index.html is asked for again at every load.
 */
export function serveWeb(app: INestApplication, distDir: string, ssr?: ServerRendering): boolean {
  const root = resolve(distDir);
  const index = clientIndexOf(root);
  if (!index) return false;
  const server = app.getHttpAdapter().getInstance() as express.Express;
  const precompressed = findPrecompressed(root);
  const routeChunks = readRouteChunks(root);
  const chooseVariant = (req: Request, res: Response, relPath: string) => {
    const available = precompressed.get(relPath);
    if (!available) return '';
    res.vary('Accept-Encoding');
    const encoding = pickEncoding(req.headers['accept-encoding'], available);
    if (!encoding) return '';
    res.setHeader('Content-Encoding', encoding);
    res.type(extname(relPath));
    return ENCODING_SUFFIX[encoding];
  };
  const files = express.static(root, {
    index: false,
    cacheControl: false,
    setHeaders: (res, path) => {
      const rel = relative(root, path).split(sep).join('/');
      const encoded = res.getHeader('Content-Encoding') ? rel.replace(/\.(br|gz)$/, '') : rel;
      res.setHeader('Cache-Control', cacheControlFor(encoded));
    },
  });

  // The API's own answers keep theirs (none for JSON, a sandbox for H5P package files, Swagger UI's for the docs).
  server.use((req: Request, res: Response, next: NextFunction) => {
    if (!isApi(req)) res.setHeader('Content-Security-Policy', WEB_CONTENT_SECURITY_POLICY);
    next();
  });
  server.use((req: Request, res: Response, next: NextFunction) => {
    if (!isRead(req) || isApi(req)) return next();
    const suffix = chooseVariant(req, res, relPathOf(req));
    if (suffix) req.url = req.url.replace(/^([^?]*)/, `$1${suffix}`);
    files(req, res, next);
  });
  if (ssr) server.use(serveRendered(ssr, root));
  server.use((req: Request, res: Response, next: NextFunction) => {
    if (!isRead(req) || isApi(req)) return next();
    // A path that looked like a precompressed file but is gone (a rebuild under a running server) must not send
    // index.html labelled as encoded JavaScript.
    res.removeHeader('Content-Encoding');
    res.removeHeader('Content-Type');
    const suffix = chooseVariant(req, res, index);
    const links = preloadLinkHeader(req.path, routeChunks);
    if (links) res.setHeader('Link', links);
    res.type('html');
    res.sendFile(join(root, `${index}${suffix}`), { cacheControl: false, headers: { 'Cache-Control': REVALIDATE } });
  });
  return true;
}

/** Written by tools/web/route-chunks.mjs; a build without it still works, with fewer preloads. */
function readRouteChunks(root: string): RouteChunks {
  try {
    return JSON.parse(readFileSync(join(root, 'route-chunks.json'), 'utf8')) as RouteChunks;
  } catch {
    return {};
  }
}

function relPathOf(req: Request): string {
  try {
    return decodeURIComponent(req.path).replace(/^\/+/, '');
  } catch {
    return '';
  }
}

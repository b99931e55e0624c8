import { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { WEB_CONTENT_SECURITY_POLICY } from './web-csp';

const isApi = (req: Request) => req.path === '/api' || req.path.startsWith('/api/');

/** Serves the built Angular app beside the API on one port; unknown non-API paths get index.html (client routes). */
export function serveWeb(app: INestApplication, distDir: string): boolean {
  const root = resolve(distDir);
  if (!existsSync(join(root, 'index.html'))) return false;
  const server = app.getHttpAdapter().getInstance() as express.Express;
  // The API's own answers keep theirs (none for JSON, a sandbox for H5P package files, Swagger UI's for the docs).
  server.use((req: Request, res: Response, next: NextFunction) => {
    if (!isApi(req)) res.setHeader('Content-Security-Policy', WEB_CONTENT_SECURITY_POLICY);
    next();
  });
  server.use(express.static(root, { index: false, maxAge: '1h' }));
  server.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApi(req)) return next();
    res.sendFile(join(root, 'index.html'));
  });
  return true;
}

import { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Serves the built Angular app beside the API on one port; unknown non-API paths get index.html (client routes). */
export function serveWeb(app: INestApplication, distDir: string): boolean {
  const root = resolve(distDir);
  if (!existsSync(join(root, 'index.html'))) return false;
  const server = app.getHttpAdapter().getInstance() as express.Express;
  server.use(express.static(root, { index: false, maxAge: '1h' }));
  server.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/api')) return next();
    res.sendFile(join(root, 'index.html'));
  });
  return true;
}

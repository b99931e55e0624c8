import compression from 'compression';
import type { Request, Response } from 'express';

/**
 * The API's JSON and H5P package files, compressed on the fly when over 1 KB (brotli at quality 4, or gzip): the
 * course list and the competence framework shrink 2.5-3× for under 0.3 ms of CPU each (docs/benchmarks.md). The
 * built web app is precompressed instead (serve-web.ts). /api/auth is left out: its answers carry tokens beside what
 * the client sent, which is what BREACH reads through compressed sizes.
 */
export function compressApi() {
  return compression({
    threshold: 1024,
    filter: (req: Request, res: Response) =>
      req.path.startsWith('/api/') &&
      !req.path.startsWith('/api/auth/') &&
      // A compressor holds small writes back, and an event stream is nothing but small writes.
      !String(res.getHeader('Content-Type') ?? '').startsWith('text/event-stream') &&
      compression.filter(req, res),
  });
}

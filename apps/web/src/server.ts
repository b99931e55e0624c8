import { AngularNodeAppEngine } from '@angular/ssr/node';

/**
 * The server bundle's entry (`ssr.entry`), loaded by the API process (apps/api/src/web-ssr.ts), which serves the
 * app itself: no HTTP server here. Only loopback hosts are accepted: the API builds each request's URL from its own
 * address, never from the visitor's Host header, so the render's relative API calls come back to this process.
 */
const engine = new AngularNodeAppEngine({ allowedHosts: ['127.0.0.1', 'localhost'] });

/** The rendered page for `request`, or null when the app has no such route. */
export function renderPage(request: Request): Promise<Response | null> {
  return engine.handle(request);
}

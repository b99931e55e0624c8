import { Logger } from '@nestjs/common';
import compression from 'compression';
import type { NextFunction, Request, Response } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REVALIDATE } from './web-assets';
import { isServerRenderedPath } from '@lc/shared-contracts';
import { RenderCache } from './web-ssr-cache';
import { ReadStylesheet, RenderOutcome, paintBeforeScripts, shouldKeepRender, shouldSendRender } from './web-ssr-rules';

/** What the web build's server bundle exports (apps/web/src/server.ts): a page for a request, or null. */
export type RenderPage = (request: globalThis.Request) => Promise<globalThis.Response | null>;

// A real import() of the ESM bundle: TypeScript (module commonjs) and webpack would both turn a plain import()
// into require(), which cannot load it.
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

/** The render function of the server bundle beside `browserDir` (dist/apps/web/server), or null without one. */
export async function loadRenderPage(browserDir: string): Promise<RenderPage | null> {
  const entry = join(resolve(browserDir), '..', 'server', 'server.mjs');
  if (!existsSync(entry)) return null;
  const bundle = (await importEsm(pathToFileURL(entry).href)) as { renderPage?: RenderPage };
  return typeof bundle.renderPage === 'function' ? bundle.renderPage : null;
}

/** The landing pages' renderer (docs/adr/0035); without one every page is client-rendered. */
export interface ServerRendering {
  render: RenderPage;
  timeoutMs: number;
  /** How long a rendered page is served again before it is rendered anew; 0 renders every request. */
  cacheSeconds?: number;
}

type Rendered = { outcome: RenderOutcome; html?: string };

/**
 * Renders within `timeoutMs`. A render that runs over is left to finish on its own (Angular offers no way to stop
 * one); its page is dropped.
 */
export async function renderWithin(
  render: RenderPage,
  request: globalThis.Request,
  timeoutMs: number,
): Promise<Rendered> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((done) => (timer = setTimeout(() => done('timeout'), timeoutMs)));
  const rendered = (async () => {
    const page = await render(request);
    if (!page) return { outcome: { kind: 'none' } as const };
    const html = await page.text();
    return {
      outcome: { kind: 'page', status: page.status, contentType: page.headers.get('content-type') } as const,
      html,
    };
  })();
  try {
    const result = await Promise.race([rendered, timeout]);
    return result === 'timeout' ? { outcome: { kind: 'timeout' } } : result;
  } catch (err) {
    // Only the error's kind and text: an anonymous render reads public data, but keep logs free of anything else.
    const reason = err instanceof Error ? `${err.name}: ${err.message}`.slice(0, 200) : 'unknown';
    return { outcome: { kind: 'failed', reason } };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The build's global stylesheets (`styles-<hash>.css`) in `root`, read once each. Anything else, and a sheet that
 * could close the `<style>` element it goes into, stays a link.
 */
export function stylesheetsIn(root: string): ReadStylesheet {
  const read = new Map<string, string | undefined>();
  return (href) => {
    if (!/^styles-[A-Za-z0-9]+\.css$/.test(href)) return undefined;
    if (!read.has(href)) {
      const file = join(root, href);
      const css = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      read.set(href, css?.includes('</') ? undefined : css);
    }
    return read.get(href);
  };
}

/** Pages kept at most, however many course ids visitors try. */
const CACHED_PAGES = 500;

/**
 * Sends the landing pages rendered on the server (docs/adr/0035), compressed; anything else, or a render that fails
 * or is slow, goes on to the client-rendered index. The render's relative API calls resolve against the URL given
 * here: this process's own loopback address and port, never the Host header a visitor sends. A page without a query
 * string is kept `cacheSeconds` (every render is anonymous, so it is everyone's page).
 */
export function serveRendered({ render, timeoutMs, cacheSeconds = 0 }: ServerRendering, webRoot: string) {
  const readStylesheet = stylesheetsIn(webRoot);
  const log = new Logger('WebSsr');
  const compress = compression({ threshold: 1024 });
  const cache = new RenderCache<Rendered>(cacheSeconds * 1000, CACHED_PAGES);
  return (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !isServerRenderedPath(req.path)) return next();
    const url = `http://127.0.0.1:${req.socket.localPort}${req.originalUrl}`;
    // The page is finished here, once, so that a kept page is sent as it is.
    const produce = async (): Promise<Rendered> => {
      const page = await renderWithin(
        render,
        new globalThis.Request(url, { headers: { accept: 'text/html' } }),
        timeoutMs,
      );
      return page.html === undefined ? page : { ...page, html: paintBeforeScripts(page.html, readStylesheet) };
    };
    const rendered = req.originalUrl.includes('?')
      ? produce()
      : cache.get(req.path, produce, ({ outcome }) => shouldKeepRender(outcome));
    void rendered.then(({ outcome, html }) => {
      if (!shouldSendRender(outcome) || html === undefined) {
        log.warn({ msg: 'Server render not used; sending the client-rendered page', path: req.path, outcome });
        return next();
      }
      compress(req, res, () => {
        res.setHeader('Cache-Control', REVALIDATE);
        res.status(outcome.status);
        res.type('html').send(html);
      });
    });
  };
}

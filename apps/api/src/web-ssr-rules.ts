import { START_AFTER_PAINT_SCRIPT } from './web-start-script';

/** What the render gave back, as far as the decision to send it goes. */
export type RenderOutcome =
  | { kind: 'page'; status: number; contentType: string | null }
  | { kind: 'none' }
  | { kind: 'failed'; reason: string }
  | { kind: 'timeout' };

/**
 * Send the rendered page, or fall back to the client-rendered index? Only a full HTML page is sent, successful or
 * saying that its subject does not exist (404: a made-up or deleted course or test, docs/adr/0039): anything else
 * (no route, an error, a redirect, a slow render) gets the client index, which never fails to show.
 */
export function shouldSendRender(outcome: RenderOutcome): outcome is Extract<RenderOutcome, { kind: 'page' }> {
  return (
    outcome.kind === 'page' &&
    (outcome.status === 200 || outcome.status === 404) &&
    /^text\/html\b/i.test(outcome.contentType ?? '')
  );
}

/**
 * Keep the page to send again? Only a successful one: there are few of those, while anyone can ask for any
 * number of made-up ids, and keeping their 404s would push the real pages out.
 */
export function shouldKeepRender(outcome: RenderOutcome): boolean {
  return shouldSendRender(outcome) && outcome.status === 200;
}

/** The text of a stylesheet the page links, by its href; undefined for one that is not the build's. */
export type ReadStylesheet = (href: string) => string | undefined;

/**
 * A rendered page is whole without its scripts, so it is painted from its HTML alone and its scripts start after
 * that paint (docs/adr/0037):
 * - the global stylesheet (under 2 KB brotli) is inlined, so the first paint waits for no second request;
 * - Angular's module script, its module preloads, the web manifest and the icon become one inline script
 *   (START_AFTER_PAINT_SCRIPT, web-start-script.ts) that adds them once the page has been painted, so that they
 *   do not share the line with what the first paint needs.
 */
export function paintBeforeScripts(html: string, readStylesheet: ReadStylesheet): string {
  const main = /<script src="([^"]+)" type="module"><\/script>/.exec(html);
  let page = html.replace(/<link rel="stylesheet" href="([^"]+)"[^>]*>/g, (tag, href: string) => {
    const css = readStylesheet(href);
    return css === undefined ? tag : `<style>${css}</style>`;
  });
  if (!main) return page;
  const links = [...page.matchAll(AFTER_PAINT_LINK)].map((m) => `${m[1]}=${m[2]}`);
  page = page.replace(AFTER_PAINT_LINK, '');
  const data = `data-main="${main[1]}" data-links="${links.join(' ')}"`;
  return page.replace(main[0], `<script ${data}>${START_AFTER_PAINT_SCRIPT}</script>`);
}

/** The links a first paint does not need: Angular's module preloads, the web manifest, the icon. */
const AFTER_PAINT_LINK = /<link rel="(modulepreload|manifest|icon)"[^>]*?href="([^" =]+)"[^>]*>/g;

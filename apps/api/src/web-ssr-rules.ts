/** What the render gave back, as far as the decision to send it goes. */
export type RenderOutcome =
  | { kind: 'page'; status: number; contentType: string | null }
  | { kind: 'none' }
  | { kind: 'failed'; reason: string }
  | { kind: 'timeout' };

/**
 * Send the rendered page, or fall back to the client-rendered index? Only a full, successful HTML page is sent:
 * anything else (no route, an error, a redirect, a slow render) gets the client index, which never fails to show.
 */
export function shouldSendRender(outcome: RenderOutcome): boolean {
  return outcome.kind === 'page' && outcome.status === 200 && /^text\/html\b/i.test(outcome.contentType ?? '');
}

/**
 * Angular names the first download's chunks in `<link rel="modulepreload">` tags, which Chromium fetches at high
 * priority. On a rendered page they are for taking the page over, not for showing it: at low priority they leave
 * the line to the stylesheet, which the first paint waits for (docs/adr/0035).
 */
export function lowerPreloadPriority(html: string): string {
  return html.replace(
    /<link rel="modulepreload"(?![^>]*fetchpriority)/g,
    '<link rel="modulepreload" fetchpriority="low"',
  );
}

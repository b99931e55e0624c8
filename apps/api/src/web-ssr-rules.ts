const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The pages rendered on the server (apps/web/src/app/app.routes.server.ts): the anonymous landing pages, the
 * catalogue's list and a course. A course is rendered only under a well-formed id, so made-up paths cost no render.
 */
export function isServerRendered(path: string): boolean {
  const route = path.replace(/\/+$/, '') || '/';
  if (route === '/' || route === '/courses') return true;
  const [, id] = /^\/courses\/([^/]+)$/.exec(route) ?? [];
  return !!id && UUID.test(id);
}

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

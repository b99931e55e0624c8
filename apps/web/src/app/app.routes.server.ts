import { RenderMode, ServerRoute } from '@angular/ssr';
import { SERVER_RENDERED_ROUTES } from '@lc/shared-contracts';

/**
 * Only the anonymous, public landing pages are rendered on the server (docs/adr/0035): their first response then
 * holds the content. Every other page needs a signed-in person or a form and stays client-rendered.
 */
export const serverRoutes: ServerRoute[] = [
  ...SERVER_RENDERED_ROUTES.map((path) => ({ path, renderMode: RenderMode.Server as const })),
  { path: '**', renderMode: RenderMode.Client },
];

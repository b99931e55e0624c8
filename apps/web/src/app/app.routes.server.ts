import { RenderMode, ServerRoute } from '@angular/ssr';

/**
 * Only the anonymous, public landing pages are rendered on the server (docs/adr/0035): their first response then
 * holds the content. Every other page needs a signed-in person or a form and stays client-rendered.
 */
export const serverRoutes: ServerRoute[] = [
  { path: '', renderMode: RenderMode.Server },
  { path: 'courses', renderMode: RenderMode.Server },
  { path: 'courses/:courseId', renderMode: RenderMode.Server },
  { path: '**', renderMode: RenderMode.Client },
];

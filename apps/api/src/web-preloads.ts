const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The public API answers that the web app's landing pages ask for first (the catalogue's list and a course, with
 * the competence framework they name levels and competences from). Named in a `Link: rel=preload` header on their
 * index.html, the browser fetches them while it downloads the scripts, instead of one round trip after them
 * (docs/adr/0033). Only anonymous, public GETs: a signed-in person's request carries a token and does not use them.
 */
export function apiPreloadsFor(path: string): string[] {
  const route = path.replace(/\/+$/, '') || '/';
  if (route === '/' || route === '/courses') return ['/api/courses', '/api/competences'];
  const course = /^\/courses\/([^/]+)$/.exec(route)?.[1];
  return course && UUID.test(course) ? [`/api/courses/${course.toLowerCase()}`, '/api/competences'] : [];
}

/**
 * `crossorigin` (anonymous): the app's XMLHttpRequest is a CORS-mode request without credentials, and a preload
 * is used only by a request of the same mode.
 */
export function preloadLinkHeader(urls: readonly string[]): string {
  return urls.map((url) => `<${url}>; rel=preload; as=fetch; crossorigin`).join(', ');
}
